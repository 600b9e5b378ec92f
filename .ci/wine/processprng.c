/*
 * bcryptprimitives.dll stand-in for Wine 8.0, which lacks it: Rust >= 1.78
 * (and so deno.exe) imports ProcessPrng from it and exits 53 without a word
 * when it is missing. ProcessPrng fills a buffer with random bytes; this
 * forwards to RtlGenRandom (advapi32 SystemFunction036), which Wine has.
 * Built by .ci/wine-setup.sh with x86_64-w64-mingw32-gcc into the Wine
 * prefix's system32; never used on real Windows.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
  while (len > 0) {
    ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    len -= n;
  }
  return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved) {
  (void)instance;
  (void)reason;
  (void)reserved;
  return TRUE;
}
