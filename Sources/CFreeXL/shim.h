// FreeXL (Debian libfreexl-dev 1.0.6): reads Excel 97-2003 .xls (BIFF in a compound file).
#include <freexl.h>
