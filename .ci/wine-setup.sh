#!/usr/bin/env bash
# Sets up the Windows Deno binary under Wine for the Windows test lane
# (issue 11) and writes "$WINE_CACHE/env" (the variables) and
# "$WINE_CACHE/deno-win" (runs the patched deno.exe under Wine with them).
#
#  - Wine from Debian (wine, wine64) and the mingw cross compiler;
#  - deno.exe from npm (@deno/win32-x64), with its import string
#    "VirtualAlloc2" renamed "VirtualAllocX" in a patched copy: Wine 8 has
#    VirtualAlloc2 without the placeholder mode V8 needs, and without the
#    import V8 takes its path for Windows versions that lack it;
#  - a bcryptprimitives.dll stand-in exporting ProcessPrng (.ci/wine/
#    processprng.c, built here), which Wine 8 lacks and Rust programs import;
#  - a 64-bit prefix under the cache dir, booted once;
#  - npm packages for the repo in a Windows DENO_DIR (`deno.exe install
#    --frozen`, from deno.lock).
#
# Idempotent and quiet; a second run only checks. Exits non-zero with a
# message on stderr when Wine cannot be set up. Never commits or keeps a
# binary in the repo: everything lands in the cache dir.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

DENO_WIN_VERSION=2.9.6
cache=${WINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gw-wine}
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)
prefix="$cache/prefix"
exe="$cache/deno-$DENO_WIN_VERSION/deno.exe"
log="$cache/setup.log"
: >"$log"

say() { echo "wine-setup: $*" >&2; }
fail() {
  say "$*"
  [ -s "$log" ] && tail -20 "$log" >&2
  exit 1
}

# 1. packages
need=()
command -v wine >/dev/null 2>&1 || need+=(wine)
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1 || need+=(wine64)
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need+=(gcc-mingw-w64-x86-64-win32)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing Debian packages: ${need[*]}"
  {
    $SUDO apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
  } >>"$log" 2>&1 || fail "cannot install ${need[*]} from Debian"
fi

export WINEPREFIX="$prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY
wine=wine
[ -x /usr/lib/wine/wine64 ] && wine=/usr/lib/wine/wine64

# 2. deno.exe, patched copy
if [ ! -s "$exe" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "@deno/win32-x64@$DENO_WIN_VERSION" >>"$log" 2>&1) ||
    { rm -rf "$tmp"; fail "npm pack @deno/win32-x64@$DENO_WIN_VERSION failed"; }
  tar -xzf "$tmp"/deno-win32-x64-*.tgz -C "$tmp" package/deno.exe
  mkdir -p "$(dirname "$exe")"
  # the patch: the one ASCII "VirtualAlloc2\0" (followed by the UTF-16 module
  # name "kernelbase.dll") becomes "VirtualAllocX\0"; anything else is refused
  deno eval --quiet '
    const [src, dst] = Deno.args;
    const bin = Deno.readFileSync(src);
    const enc = new TextEncoder();
    const needle = enc.encode("VirtualAlloc2\0");
    const hits = [];
    outer: for (let i = bin.indexOf(needle[0]); i >= 0 && i < bin.length; i = bin.indexOf(needle[0], i + 1)) {
      for (let j = 1; j < needle.length; j++) if (bin[i + j] !== needle[j]) continue outer;
      hits.push(i);
    }
    if (hits.length !== 1) {
      console.error(`expected one VirtualAlloc2 import string, found ${hits.length}`);
      Deno.exit(1);
    }
    bin[hits[0] + 12] = "X".charCodeAt(0);
    Deno.writeFileSync(dst + ".tmp", bin);
    Deno.renameSync(dst + ".tmp", dst);
  ' "$tmp/package/deno.exe" "$exe" >>"$log" 2>&1 || { rm -rf "$tmp"; fail "patching deno.exe failed"; }
  rm -rf "$tmp"
fi

# 3. the prefix, booted once
if [ ! -f "$prefix/system.reg" ]; then
  say "creating the Wine prefix (once, ~30 s)"
  wineboot --init >>"$log" 2>&1 || true
  wineserver -w >>"$log" 2>&1 || true
  [ -f "$prefix/system.reg" ] || fail "wineboot did not create $prefix"
fi

# 4. the ProcessPrng stand-in, rebuilt when its source changes
dll="$prefix/drive_c/windows/system32/bcryptprimitives.dll"
src="$repo/.ci/wine/processprng.c"
stamp="$cache/processprng.sha256"
sum=$(sha256sum "$src" | cut -d' ' -f1)
if [ ! -s "$dll" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$dll.tmp" "$src" -ladvapi32 >>"$log" 2>&1 ||
    fail "building bcryptprimitives.dll failed"
  mv "$dll.tmp" "$dll"
  echo "$sum" >"$stamp"
fi

# 5. the wrapper and the variables
winpath() { echo "Z:$1" | tr / '\\'; }
deno_dir="$cache/deno_dir"
mkdir -p "$deno_dir"
cat >"$cache/env" <<EOF
export WINEPREFIX='$prefix' WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='
export DENO_DIR='$(winpath "$deno_dir")' DENO_NO_UPDATE_CHECK=1 NO_COLOR=1
export DENO_WIN_EXE='$exe'
EOF
cat >"$cache/deno-win" <<EOF
#!/usr/bin/env bash
# deno.exe $DENO_WIN_VERSION under Wine (written by .ci/wine-setup.sh)
. '$cache/env'
unset DISPLAY WAYLAND_DISPLAY
exec $wine '$exe' "\$@"
EOF
chmod +x "$cache/deno-win"

v=$("$cache/deno-win" --version 2>>"$log" | tr -d '\r' | head -1) || true
case "$v" in
  "deno $DENO_WIN_VERSION"*) ;;
  *) fail "deno.exe under Wine does not start (got: ${v:-nothing})" ;;
esac

# 6. npm packages into the Windows DENO_DIR (a no-op when present)
"$cache/deno-win" install --frozen --entrypoint main.ts >>"$log" 2>&1 ||
  fail "deno.exe install --frozen failed"

echo "$cache"
