# Regenerates the NumPy-written fixtures read by NpzArchiveTest and NpyFormatTest.
# Run from this folder: python3 make_npy_fixtures.py
import numpy as np

arrays = {
    "floats": np.array([[0.0, 0.5, 1.0], [-1.5, 2.25, 3.125]], dtype="<f4"),
    "doubles": np.array([0.1, -2.0, 1e300, 3.5], dtype="<f8"),
    "bytes": np.arange(250, 258, dtype=np.int64).astype(np.uint8).reshape(2, 2, 2),
    "ints": np.array([-7, 0, 2147483647], dtype="<i4"),
    "longs": np.array([-9007199254740993, 42], dtype="<i8"),
    "flags": np.array([True, False, True]),
    "scalar": np.array(4.5, dtype="<f4"),
}
np.savez_compressed("numpy_arrays.npz", **arrays)

with open("version2.npy", "wb") as f:
    np.lib.format.write_array(f, arrays["floats"], version=(2, 0))
with open("version3.npy", "wb") as f:
    np.lib.format.write_array(f, arrays["floats"], version=(3, 0))
np.save("fortran_order.npy", np.asfortranarray(arrays["floats"]))
np.save("big_endian.npy", arrays["floats"].astype(">f4"))
