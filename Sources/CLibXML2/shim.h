// Debian's libxml2 is built with ICU, so its encoding.h pulls in the system's ICU headers; Swift's
// Foundation on Linux carries an ICU of its own (_FoundationICU) whose UErrorCode differs, and a
// fresh build of a Swift file that sees both fails ("'UErrorCode' has different definitions").
// MonthEnd never touches an encoding handler's fields (the only place libxml2 uses ICU types), so
// the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
