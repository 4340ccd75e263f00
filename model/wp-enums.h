/* wp-enums.h: the enumerated values of FORMAT.md §2 and their file names
 *
 * Every enum starts with an UNSET value (0): an absent key in a plan file means
 * "unknown", and a rule that needs an unknown value does not fire.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  WP_DIRECTION_UNSET,
  WP_DIRECTION_IN,
  WP_DIRECTION_OUT,
  WP_DIRECTION_BIDIR,
} WpDirection;

typedef enum {
  WP_SIGNAL_UNSET,
  WP_SIGNAL_ANALOG,
  WP_SIGNAL_AES3,
  WP_SIGNAL_AES3ID,
  WP_SIGNAL_SPDIF_COAX,
  WP_SIGNAL_SPDIF_OPTICAL,
  WP_SIGNAL_ADAT,
  WP_SIGNAL_MADI,
  WP_SIGNAL_MIDI,
  WP_SIGNAL_DMX,
  WP_SIGNAL_WORDCLOCK,
  WP_SIGNAL_DANTE,
  WP_SIGNAL_AES67,
  WP_SIGNAL_AES50,
  WP_SIGNAL_ETHERNET,
  WP_SIGNAL_USB,
  WP_SIGNAL_CONTROL,
  WP_SIGNAL_POWER,
} WpSignal;

typedef enum {
  WP_LEVEL_UNSET,
  WP_LEVEL_MIC,
  WP_LEVEL_INSTRUMENT,
  WP_LEVEL_LINE_CONSUMER,
  WP_LEVEL_LINE_PRO,
  WP_LEVEL_HEADPHONE,
  WP_LEVEL_SPEAKER,
  WP_LEVEL_CV70,
  WP_LEVEL_CV100,
} WpLevel;

typedef enum {
  WP_WIRING_UNSET,
  WP_WIRING_BALANCED,
  WP_WIRING_UNBALANCED,
  WP_WIRING_STEREO,
} WpWiring;

typedef enum {
  WP_CONNECTOR_UNSET,
  WP_CONNECTOR_XLR3,
  WP_CONNECTOR_XLR5,
  WP_CONNECTOR_TRS_6_35,
  WP_CONNECTOR_TS_6_35,
  WP_CONNECTOR_TRS_3_5,
  WP_CONNECTOR_TS_3_5,
  WP_CONNECTOR_RCA,
  WP_CONNECTOR_COMBO,
  WP_CONNECTOR_SPEAKON_NL2,
  WP_CONNECTOR_SPEAKON_NL4,
  WP_CONNECTOR_SPEAKON_NL8,
  WP_CONNECTOR_BINDING_POST,
  WP_CONNECTOR_BNC,
  WP_CONNECTOR_TOSLINK,
  WP_CONNECTOR_DIN5,
  WP_CONNECTOR_RJ45,
  WP_CONNECTOR_ETHERCON,
  WP_CONNECTOR_USB_A,
  WP_CONNECTOR_USB_B,
  WP_CONNECTOR_USB_C,
  WP_CONNECTOR_IEC,
  WP_CONNECTOR_POWERCON,
  WP_CONNECTOR_TERMINAL,
} WpConnector;

typedef enum {
  WP_GENDER_UNSET,
  WP_GENDER_M,
  WP_GENDER_F,
} WpGender;

typedef enum {
  WP_PHANTOM_UNSET,
  WP_PHANTOM_NONE,
  WP_PHANTOM_P12,
  WP_PHANTOM_P24,
  WP_PHANTOM_P48,
} WpPhantom;

typedef enum {
  WP_TOLERANCE_UNSET,
  WP_TOLERANCE_SAFE,
  WP_TOLERANCE_CAUTION,
  WP_TOLERANCE_UNSAFE,
} WpTolerance;

typedef enum {
  WP_MIC_TYPE_UNSET,
  WP_MIC_TYPE_DYNAMIC,
  WP_MIC_TYPE_CONDENSER,
  WP_MIC_TYPE_RIBBON,
  WP_MIC_TYPE_ACTIVE_RIBBON,
} WpMicType;

typedef enum {
  WP_USB_ROLE_UNSET,
  WP_USB_ROLE_HOST,
  WP_USB_ROLE_DEVICE,
} WpUsbRole;

/* A boolean attribute that may be absent from the file. */
typedef enum {
  WP_FLAG_UNSET,
  WP_FLAG_NO,
  WP_FLAG_YES,
} WpFlag;

typedef enum {
  WP_SEVERITY_INFO,
  WP_SEVERITY_WARNING,
  WP_SEVERITY_ERROR,
} WpSeverity;

/* Which enumeration a value belongs to, for the table-driven name lookups. */
typedef enum {
  WP_ENUM_DIRECTION,
  WP_ENUM_SIGNAL,
  WP_ENUM_LEVEL,
  WP_ENUM_WIRING,
  WP_ENUM_CONNECTOR,
  WP_ENUM_GENDER,
  WP_ENUM_PHANTOM,
  WP_ENUM_TOLERANCE,
  WP_ENUM_MIC_TYPE,
  WP_ENUM_USB_ROLE,
  WP_ENUM_SEVERITY,
  WP_N_ENUMS
} WpEnumKind;

const char  *wp_enum_to_string   (WpEnumKind   kind,
                                  int          value);
gboolean     wp_enum_from_string (WpEnumKind   kind,
                                  const char  *name,
                                  int         *value);
guint        wp_enum_n_values    (WpEnumKind   kind);
char        *wp_enum_list_names  (WpEnumKind   kind);

G_END_DECLS
