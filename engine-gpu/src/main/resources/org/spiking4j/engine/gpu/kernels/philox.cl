/*
 * Philox-4x32-10 (Salmon et al., Random123), identical to org.spiking4j.api.random.Philox4x32:
 * counter words (c0, c1, c2, c3), key words (k0, k1), ten rounds, Weyl key schedule. mul_hi gives
 * the high word of the 32x32 product, as Java's (product >>> 32) does.
 */
#define PHILOX_M0 0xD2511F53u
#define PHILOX_M1 0xCD9E8D57u
#define PHILOX_W0 0x9E3779B9u
#define PHILOX_W1 0xBB67AE85u
/* 2^-24: a word keeps its top 24 bits, which a float in [0, 1) holds exactly. */
#define PHILOX_UNIT_SCALE 5.9604644775390625e-8f

inline uint4 philox4x32_10(uint4 counter, uint2 key) {
    for (int round = 0; round < 10; round++) {
        uint hi0 = mul_hi(PHILOX_M0, counter.x);
        uint lo0 = PHILOX_M0 * counter.x;
        uint hi1 = mul_hi(PHILOX_M1, counter.z);
        uint lo1 = PHILOX_M1 * counter.z;
        counter = (uint4)(hi1 ^ counter.y ^ key.x, lo1, hi0 ^ counter.w ^ key.y, lo0);
        key += (uint2)(PHILOX_W0, PHILOX_W1);
    }
    return counter;
}

/* (x >>> 8) * 2^-24, as Philox4x32.toUnitFloat. */
inline float philox_unit_float(uint word) {
    return (float) (word >> 8) * PHILOX_UNIT_SCALE;
}
