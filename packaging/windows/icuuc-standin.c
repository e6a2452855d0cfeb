/*
 * A stand-in for Windows' own ICU (icuuc.dll), for testing the Windows bundle under Wine only.
 *
 * Qt 6.11's Qt6Core.dll imports these converter functions from icuuc.dll, which Windows 10 1903 and later have
 * and Wine does not ("DLL load failed while importing QtWidgets"). Here no converter can be opened and none are
 * available, so Qt falls back to its built-in codecs. packaging/build.py compiles this with MinGW into the Wine
 * prefix's system32 and nowhere else; packaging/check.py proves that the bundle does not carry it.
 * It is never shipped: a Windows machine uses its own icuuc.dll.
 */
#include <stddef.h>
#include <stdint.h>

/* Most arguments are ignored: wine.py compiles this with -Wno-unused-parameter. */
#define EXPORT __declspec(dllexport)

typedef int32_t UErrorCode;
typedef void UConverter;
typedef void (*Callback)(void);

enum { U_ZERO_ERROR = 0, U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *err, UErrorCode code) {
    if (err != NULL && *err <= U_ZERO_ERROR) {
        *err = code;
    }
}

static void no_callback(Callback *action, const void **context) {
    if (action != NULL) {
        *action = NULL;
    }
    if (context != NULL) {
        *context = NULL;
    }
}

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) {
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }

EXPORT const char *ucnv_getAvailableName(int32_t n) { return NULL; }

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

/* The rest act on a converter, which ucnv_open never returns: they only report that nothing is supported. */
EXPORT void ucnv_close(UConverter *cnv) {}

EXPORT void ucnv_reset(UConverter *cnv) {}

EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) { return 1; }

EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

EXPORT void ucnv_getToUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    no_callback(action, context);
}

EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    no_callback(action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old_action,
                                const void **old_context, UErrorCode *err) {
    no_callback(old_action, old_context);
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old_action,
                                  const void **old_context, UErrorCode *err) {
    no_callback(old_action, old_context);
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_toUnicode(UConverter *cnv, void **target, const void *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
    return 0;
}

/* Called only from inside a conversion, which never happens here. */
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *source_limit, int32_t offset,
                                    UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int32_t reason, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const void *units, int32_t length,
                                            int32_t code_point, int32_t reason, UErrorCode *err) {
    fail(err, U_UNSUPPORTED_ERROR);
}
