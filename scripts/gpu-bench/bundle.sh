#!/usr/bin/env bash
# Builds .gpu-bundle/ (ignored by git): everything scripts/gpu-bench/run.sh needs on a machine with
# no JVM and no network — a jlink'ed JDK 17 runtime, the CLI jar and its libraries, the OpenCL ICD
# loader (Debian's ocl-icd-libopencl1, downloaded and unpacked, never installed). The golden file
# and the configs are tracked, so they travel with the working tree.
#
#   scripts/gpu-bench/bundle.sh           # bundles the jars already in cli/target
#   scripts/gpu-bench/bundle.sh --build   # first runs `mvn -q -o -DskipTests package` (never install)
#   scripts/gpu-bench/bundle.sh --slim    # leaves java.desktop out (about 8 MiB less; jdeps lists it for
#                                         # jackson's and snakeyaml's java.beans use, which the bench never reaches)
#
# Environment: JDK (default /usr/lib/jvm/java-17-openjdk-amd64), BUNDLE (default <repo>/.gpu-bundle),
# APP (folder holding spiking4j-cli.jar and lib/, default <repo>/cli/target).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jdk="${JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
bundle="${BUNDLE:-$root/.gpu-bundle}"
app="${APP:-$root/cli/target}"

build=no slim=no
for arg in "$@"; do
  case "$arg" in
    --build) build=yes ;;
    --slim) slim=yes ;;
    *) echo "usage: bundle.sh [--build] [--slim]" >&2; exit 2 ;;
  esac
done
if [ "$build" = yes ]; then
  (cd "$root" && nice -n 10 mvn -q -o -DskipTests package)
fi
[ -f "$app/spiking4j-cli.jar" ] && [ -d "$app/lib" ] || {
  echo "bundle.sh: no $app/spiking4j-cli.jar or $app/lib; build first (bundle.sh --build)" >&2; exit 2; }
[ -x "$jdk/bin/jlink" ] || { echo "bundle.sh: no jlink in $jdk" >&2; exit 2; }
newer="$(find "$root" \( -path "$root/runs" -o -path "$root/.git" -o -path '*/target' -o -path "$bundle" \) -prune -o \
    \( -name '*.java' -o -name '*.cl' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f \
    -newer "$app/spiking4j-cli.jar" -print -quit 2>/dev/null || true)"
[ -z "$newer" ] || echo "bundle.sh: warning: $newer is newer than $app/spiking4j-cli.jar (rebuild with --build?)" >&2

# Modules: what jdeps finds (progressbar is a named module needing org.jline.terminal, hence --module-path),
# plus the ones the launcher or reflection need whatever jdeps says.
modules="$(cd "$app" && nice -n 10 "$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path lib spiking4j-cli.jar lib/*.jar 2>/dev/null | grep -v '^Warning' | tail -n 1)"
case "$modules" in java.base*) ;; *) echo "bundle.sh: jdeps gave no module list: '$modules'" >&2; exit 1 ;; esac
modules="$(echo "$modules,java.logging,jdk.unsupported,jdk.incubator.vector" | tr ',' '\n' | sort -u | paste -sd, -)"
if [ "$slim" = yes ]; then
  modules="$(echo "$modules" | tr ',' '\n' | grep -vx java.desktop | paste -sd, -)"
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$bundle"
mkdir -p "$bundle/app" "$bundle/opencl" "$bundle/syslib"
nice -n 10 "$jdk/bin/jlink" --add-modules "$modules" --output "$bundle/jre" \
  --strip-debug --no-man-pages --no-header-files --compress=2
[ -f "$bundle/jre/lib/libjsig.so" ] || { echo "bundle.sh: jlink image lacks lib/libjsig.so" >&2; exit 1; }
# Debian's libjvm.so keeps its symbol table (about 4 MiB); --strip-native-debug-symbols leaves it.
if command -v strip >/dev/null; then
  find "$bundle/jre" -name '*.so' -type f -exec strip --strip-unneeded {} +
fi

cp "$app/spiking4j-cli.jar" "$bundle/app/"
cp -r "$app/lib" "$bundle/app/lib"

# The ICD loader: downloaded as a .deb and unpacked, not installed. JOCL asks for libOpenCL.so or .so.1.
# clinfo comes along for diagnostics only (about 200 KiB; it needs nothing beyond libOpenCL and glibc).
(cd "$tmp" && apt-get -q -o APT::Sandbox::User=root download ocl-icd-libopencl1 clinfo >/dev/null)
deb="$(ls "$tmp"/ocl-icd-libopencl1_*.deb)"
dpkg -x "$deb" "$tmp/ocl"
dpkg -x "$(ls "$tmp"/clinfo_*.deb)" "$tmp/clinfo"
cp "$tmp/clinfo/usr/bin/clinfo" "$bundle/opencl/clinfo"
so="$(ls "$tmp"/ocl/usr/lib/x86_64-linux-gnu/libOpenCL.so.1.* | head -n 1)"
cp "$so" "$bundle/opencl/libOpenCL.so.1"
cp "$so" "$bundle/opencl/libOpenCL.so"
cp "$tmp/ocl/usr/share/doc/ocl-icd-libopencl1/copyright" "$bundle/opencl/copyright" 2>/dev/null || true

# Fallbacks for the JVM's own non-glibc needs; run.sh adds this folder only where ldd finds them missing.
for lib in libz.so.1; do
  src="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}')"
  [ -n "$src" ] && cp -L "$src" "$bundle/syslib/$lib"
done

# Symbolic links travel as links only: keep none.
find "$bundle" -type l | while read -r link; do cp --remove-destination "$(readlink -f "$link")" "$link"; done

{
  echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -m), glibc $(ldd --version | head -n 1 | awk '{print $NF}')"
  echo "commit: $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)$(cd "$root" && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] && echo ' (with uncommitted changes)')"
  echo "jdk: $("$bundle/jre/bin/java" -version 2>&1 | head -n 2 | tail -n 1)"
  echo "modules: $modules"
  echo "icd loader: $(basename "$deb"), $(basename "$(ls "$tmp"/clinfo_*.deb)")"
  echo "jar sha256: $(sha256sum "$bundle/app/spiking4j-cli.jar" | cut -c1-16)"
} > "$bundle/MANIFEST.txt"
cat "$bundle/MANIFEST.txt"
echo "size: $(du -sb "$bundle" | cut -f1) bytes ($(du -sh "$bundle" | cut -f1)); the tracked tree travels too (64 MiB in all)"
