/* wp-rule-help.c: what each connection rule checks and why
 *
 * One entry per rule id of RULES.md, in its order, so the help window reads
 * like the specification. The texts are marked with N_() and translated when
 * they are handed out.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "wp-rule-help.h"

#define TOPIC_SIGNAL    N_("Direction and signal")
#define TOPIC_LEVEL     N_("Levels")
#define TOPIC_IMPEDANCE N_("Impedance")
#define TOPIC_WIRING    N_("Wiring, channels and connectors")
#define TOPIC_PHANTOM   N_("Phantom power")
#define TOPIC_LOAD      N_("Amplifiers and loudspeakers")
#define TOPIC_DIGITAL   N_("Digital, network and USB")
#define TOPIC_LENGTH    N_("Cable length")

#define ERROR           N_("Error")
#define WARNING         N_("Warning")
#define INFO            N_("Note")
#define WARNING_ERROR   N_("Warning, or error")
#define ERROR_INFO      N_("Error, or note")

static const WpRuleHelp rules[] = {
  { "output-to-output", TOPIC_SIGNAL, N_("Output into output"), ERROR,
    N_("The cable joins two outputs (MIDI OUT or THRU into OUT included). Two outputs drive "
       "against each other: there is no signal, and line or speaker outputs can be damaged. "
       "Connect the output to an input.") },
  { "input-to-input", TOPIC_SIGNAL, N_("Input into input"), ERROR,
    N_("The cable joins two inputs, so nothing drives it. Connect one end to an output.") },
  { "signal-mismatch", TOPIC_SIGNAL, N_("Different kinds of signal"), ERROR,
    N_("The two ports carry different signals, such as analog audio into an AES3 input that "
       "shares the XLR connector, ADAT into S/PDIF on one optical cable, or a line output into "
       "a DMX input. The connector may fit, but the signal is not understood. Use a converter, "
       "or a port that carries the same signal.") },
  { "outputs-joined", TOPIC_SIGNAL, N_("Outputs joined"), ERROR,
    N_("An input, or a net of passive connections, is driven by two or more outputs, as with "
       "two cables into one input or left and right summed by a Y-cable. The outputs load each "
       "other and can be damaged. Use a mixer or a summing box, or feed separate inputs.") },
  { "port-shared", TOPIC_SIGNAL, N_("Port shared by several cables"), ERROR,
    N_("A network or USB port takes one cable. To reach several devices, put a switch or a "
       "hub between them.") },

  { "level-too-hot", TOPIC_LEVEL, N_("Level too hot"), WARNING,
    N_("A louder source feeds a more sensitive input, for example a line output into a "
       "microphone input: the input clips. Use a line input or an attenuator. With a pad of at "
       "least 20 dB switched on at a microphone input this is only a note: the pad handles it.") },
  { "level-too-low", TOPIC_LEVEL, N_("Level too low"), WARNING,
    N_("A quieter source feeds a less sensitive input: a microphone into a line input needs "
       "a preamplifier, and consumer line (−10 dBV) into professional line (+4 dBu) loses "
       "about 12 dB. The result is faint and noisy. Use an input made for the source's level.") },
  { "line-drives-speaker", TOPIC_LEVEL, N_("Line output into a loudspeaker"), ERROR,
    N_("A microphone, instrument or line output cannot drive a passive loudspeaker or "
       "headphones. Put a power amplifier, a headphone amplifier or an active speaker in "
       "between. Line into headphones, and headphones into a speaker, are warnings.") },
  { "speaker-into-input", TOPIC_LEVEL, N_("Speaker level into an input"), ERROR,
    N_("Speaker level (tens of volts) or a 70 V / 100 V line can destroy a line, microphone or "
       "instrument input, or headphones. Take the feed from a line output, or use a "
       "speaker-level attenuator made for it.") },

  { "instrument-loading", TOPIC_IMPEDANCE, N_("Instrument input too low"), WARNING,
    N_("A passive pickup (source impedance of 5 kΩ or more, or instrument level) into an input "
       "under 500 kΩ loses treble and level: the tone turns dull and weak. Use a Hi-Z "
       "instrument input or a DI box.") },
  { "not-bridging", TOPIC_IMPEDANCE, N_("Input impedance too low"), WARNING,
    N_("A line or headphone source sounds right when the input's impedance is at least ten "
       "times its own. Below that, the level drops and the bass may thin out. Use an input "
       "with a higher impedance or a buffer.") },
  { "ribbon-loading", TOPIC_IMPEDANCE, N_("Ribbon microphone loaded down"), WARNING,
    N_("A ribbon microphone wants an input of at least five times its own impedance; below "
       "that it loses level and low end. Use a preamplifier with a high-impedance setting or an "
       "inline booster.") },
  { "output-overloaded", TOPIC_IMPEDANCE, N_("Output feeds too many inputs"), WARNING,
    N_("One analog output feeds several inputs, and their impedance in parallel is below ten "
       "times the output's impedance or below its minimum load. Level and headroom drop. Use a "
       "distribution amplifier or an active splitter.") },

  { "balanced-to-unbalanced", TOPIC_WIRING, N_("Balanced into unbalanced"), INFO,
    N_("It works, but the connection loses the noise rejection of balanced wiring. Keep such "
       "runs short.") },
  { "unbalanced-to-balanced", TOPIC_WIRING, N_("Unbalanced into balanced"), INFO,
    N_("It works, and may be up to 6 dB quieter. Keep the run short, or use a DI box for long "
       "runs.") },
  { "stereo-into-balanced", TOPIC_WIRING, N_("Stereo jack into a balanced input"), ERROR,
    N_("A two-channel TRS output (left on the tip, right on the ring) into a balanced mono "
       "input: the input hears left minus right, so whatever is in the centre cancels. Use a "
       "stereo-to-dual-mono cable into two inputs, or a stereo DI.") },
  { "stereo-to-mono", TOPIC_WIRING, N_("Stereo into mono"), WARNING,
    N_("A two-channel output into a one-channel input: one channel is lost. Use two inputs, "
       "or sum the channels with a mixer or a summing box.") },
  { "mono-to-stereo", TOPIC_WIRING, N_("Mono into stereo"), INFO,
    N_("A one-channel output into a two-channel input: the signal is on one side only. Use a "
       "Y-cable or pan the channel if that matters.") },
  { "adapter-needed", TOPIC_WIRING, N_("Adapter needed"), WARNING,
    N_("The connectors differ and no standard cable joins them. The message names the "
       "adapter to pack; it also appears on the pack list of the wiring sheet.") },
  { "same-gender", TOPIC_WIRING, N_("XLR ends of the same gender"), WARNING,
    N_("Both ends are XLR of the same gender, so an ordinary XLR cable does not fit. Check "
       "the ports, or pack a gender changer.") },
  { "speaker-on-jack", TOPIC_WIRING, N_("Speaker level on a jack"), WARNING,
    N_("A speaker-level connection on a 6.35 mm jack. Use speaker cable, never a shielded "
       "instrument cable: its thin core heats up and the amplifier can fail.") },

  { "phantom-missing", TOPIC_PHANTOM, N_("Phantom power missing"), ERROR,
    N_("The microphone or DI box needs phantom power, has no battery, and the input supplies "
       "none: phantom is off, the input has none, or the jack path of a combo socket is used. "
       "Switch phantom on for this input, or power the device another way.") },
  { "phantom-low-voltage", TOPIC_PHANTOM, N_("Phantom voltage too low"), WARNING,
    N_("Phantom is on, but the input's voltage is below what the device needs, such as a P48 "
       "microphone on a P12 or P24 input. It may distort or not work. Use an input with full "
       "48 V phantom or an external supply.") },
  { "phantom-on-ribbon", TOPIC_PHANTOM, N_("Phantom on a ribbon microphone"), WARNING_ERROR,
    N_("A passive ribbon microphone on an input with phantom on. A correctly wired modern "
       "ribbon is safe, but a faulty cable or patch can destroy the ribbon. Switch phantom off; "
       "it is an error when the maker says the microphone is unsafe with phantom.") },
  { "phantom-on-source", TOPIC_PHANTOM, N_("Phantom on a source that does not need it"),
    WARNING_ERROR,
    N_("Phantom is on into a line output or an unbalanced source that does not need it. "
       "Depending on the device it causes noise or damage. Switch phantom off for this input.") },

  { "load-below-minimum", TOPIC_LOAD, N_("Load below the amplifier's minimum"), ERROR,
    N_("The speakers on an amplifier output, in parallel, make an impedance below the "
       "amplifier's minimum load (which doubles when the output is bridged). The amplifier "
       "overheats or shuts down. Use fewer speakers per output, or another amplifier channel.") },
  { "unequal-parallel-load", TOPIC_LOAD, N_("Unequal speakers in parallel"), WARNING,
    N_("Speakers of different impedance share one amplifier output, so they get unequal "
       "power. Put speakers of the same impedance on one output.") },
  { "cv-into-low-z", TOPIC_LOAD, N_("70 V / 100 V line into a low-impedance speaker"), ERROR,
    N_("A constant-voltage amplifier output drives a low-impedance speaker without a "
       "transformer: the speaker and amplifier can be damaged. Use a speaker with a 70 V or "
       "100 V transformer, or a low-impedance amplifier output.") },
  { "low-z-into-cv", TOPIC_LOAD, N_("Low-impedance output into a transformer speaker"), WARNING,
    N_("A low-impedance amplifier output into a constant-voltage speaker's transformer is "
       "very quiet. Use a 70 V or 100 V amplifier output, or the speaker's low-impedance "
       "setting.") },
  { "cv-voltage-mismatch", TOPIC_LOAD, N_("70 V and 100 V mixed"), ERROR_INFO,
    N_("A 100 V line into a 70 V transformer doubles the power at each tap: an error. A 70 V "
       "line into a 100 V transformer gives half the tap power: a note. Match the line voltage "
       "to the speakers' transformers.") },
  { "cv-overloaded", TOPIC_LOAD, N_("70 V / 100 V line overloaded"), WARNING_ERROR,
    /* xgettext:no-c-format (never a format: "80 %" is a percentage) */
    N_("The taps of the speakers on a constant-voltage line add up to more than the "
       "amplifier's power (an error), or to more than 80 % of it (a warning, no headroom left). "
       "Use lower taps, fewer speakers or a larger amplifier.") },

  { "digital-converter-needed", TOPIC_DIGITAL, N_("Digital format converter needed"), WARNING,
    N_("AES3 with S/PDIF coax, AES3 with AES3id, or S/PDIF coax with S/PDIF optical: the "
       "formats are close but need a converter between them.") },
  { "network-protocol", TOPIC_DIGITAL, N_("Dante with AES67"), WARNING,
    N_("A Dante device with an AES67-only device works once AES67 mode is switched on in "
       "Dante Controller for the streams involved.") },
  { "sample-rate", TOPIC_DIGITAL, N_("Sample rates do not match"), WARNING_ERROR,
    N_("Both ends list their sample rates and have none in common, and the input has no "
       "sample-rate converter: an error. ADAT above 48 kHz needs S/MUX at both ends: a warning. "
       "Set both devices to a common rate.") },
  { "digital-split", TOPIC_DIGITAL, N_("Digital output split"), WARNING,
    N_("A digital audio or word-clock output feeds more than one cable through a passive Y: "
       "reflections cause dropouts. Use a distribution amplifier or daisy-chain through the "
       "devices' outputs.") },
  { "usb-roles", TOPIC_DIGITAL, N_("USB host to host"), ERROR,
    N_("USB joins a host (a computer) to a device. Two hosts, or two devices, do not talk to "
       "each other. Connect a computer to the device.") },

  { "cable-too-long", TOPIC_LENGTH, N_("Cable too long"), WARNING_ERROR,
    N_("The cable is longer than its signal carries well: unbalanced line 5 m, instrument "
       "6 m, S/PDIF and optical 10 m, MIDI 15 m, USB 5 m, AES3, Ethernet, Dante, AES67 and "
       "AES50 100 m, AES3id 1000 m (a port may state its own limit). Above the limit it is a "
       "warning; for digital and network signals above twice the limit it is an error. Use a "
       "balanced or active connection, or a shorter run.") },
};

guint
wp_rule_help_get_n_rules (void)
{
  return G_N_ELEMENTS (rules);
}

/* Returns: the @index-th rule's help, translated. */
WpRuleHelp
wp_rule_help_get_nth (guint index)
{
  WpRuleHelp help;

  g_return_val_if_fail (index < G_N_ELEMENTS (rules), rules[0]);

  help = rules[index];
  help.topic = _(help.topic);
  help.title = _(help.title);
  help.severity = _(help.severity);
  help.explanation = _(help.explanation);
  return help;
}

/* Returns: whether @id is a rule; fills @help with it, translated. */
gboolean
wp_rule_help_lookup (const char *id,
                     WpRuleHelp *help)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (g_strcmp0 (rules[i].id, id) == 0)
      {
        *help = wp_rule_help_get_nth (i);
        return TRUE;
      }
  return FALSE;
}
