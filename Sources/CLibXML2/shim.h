#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian's libxml2 pulls in the system ICU headers, whose UErrorCode clashes with Foundation's copy.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer variable, which Swift 6 refuses to touch from nonisolated code.
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
