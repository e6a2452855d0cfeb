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

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    fail(err, U_FILE_ACCESS_ERROR);
    return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }

EXPORT const char *ucnv_getAvailableName(int32_t n) {
    (void)n;
    return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name;
    (void)standard;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

/* The rest act on a converter, which ucnv_open never returns: they only report that nothing is supported. */
EXPORT void ucnv_close(UConverter *cnv) { (void)cnv; }

EXPORT void ucnv_reset(UConverter *cnv) { (void)cnv; }

EXPORT int8_t ucnv_getMaxCharSize(const UConverter *cnv) {
    (void)cnv;
    return 1;
}

EXPORT const char *ucnv_getName(const UConverter *cnv, UErrorCode *err) {
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return NULL;
}

static void get_callback(Callback *action, const void **context) {
    if (action != NULL) {
        *action = NULL;
    }
    if (context != NULL) {
        *context = NULL;
    }
}

EXPORT void ucnv_getToUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    (void)cnv;
    get_callback(action, context);
}

EXPORT void ucnv_getFromUCallBack(const UConverter *cnv, Callback *action, const void **context) {
    (void)cnv;
    get_callback(action, context);
}

EXPORT void ucnv_setToUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old_action,
                                const void **old_context, UErrorCode *err) {
    (void)cnv;
    (void)action;
    (void)context;
    get_callback(old_action, old_context);
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_setFromUCallBack(UConverter *cnv, Callback action, const void *context, Callback *old_action,
                                  const void **old_context, UErrorCode *err) {
    ucnv_setToUCallBack(cnv, action, context, old_action, old_context, err);
}

EXPORT void ucnv_toUnicode(UConverter *cnv, void **target, const void *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_fromUnicode(UConverter *cnv, char **target, const char *target_limit, const void **source,
                             const void *source_limit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv;
    (void)target;
    (void)target_limit;
    (void)source;
    (void)source_limit;
    (void)offsets;
    (void)flush;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT int32_t ucnv_toUCountPending(const UConverter *cnv, UErrorCode *err) {
    (void)cnv;
    fail(err, U_UNSUPPORTED_ERROR);
    return 0;
}

EXPORT int32_t ucnv_fromUCountPending(const UConverter *cnv, UErrorCode *err) {
    return ucnv_toUCountPending(cnv, err);
}

/* Called only from inside a conversion, which never happens here. */
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *err) {
    (void)args;
    (void)source;
    (void)length;
    (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *source_limit, int32_t offset,
                                    UErrorCode *err) {
    (void)args;
    (void)source;
    (void)source_limit;
    (void)offset;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int32_t reason, UErrorCode *err) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const void *units, int32_t length,
                                            int32_t code_point, int32_t reason, UErrorCode *err) {
    (void)context;
    (void)args;
    (void)units;
    (void)length;
    (void)code_point;
    (void)reason;
    fail(err, U_UNSUPPORTED_ERROR);
}
