/* test-rules.c: every rule of RULES.md fires where it should, with the right
 * severity, and stays silent in a close case; every verdict is the same whichever
 * way the cables were drawn, and a cable being drawn gets the verdict it will have.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rules-test.h"

#define NONE (-1)
#define I WP_SEVERITY_INFO
#define W WP_SEVERITY_WARNING
#define E WP_SEVERITY_ERROR

typedef struct {
  const char *rule;
  int         severity;   /* a WpSeverity, or NONE: must not fire */
  const char *ports;
  const char *cables;
  const char *problem_cables;  /* when it fires: its cables, "c1" if NULL */
} RuleCase;

/* Ports that come back often. */
#define LINE_OUT "a.out out analog line-pro balanced xlr3 m impedance_ohm=100;"
#define LINE_IN "b.in in analog line-pro balanced xlr3 f impedance_ohm=10000;"
#define MIC_IN "b.in in analog mic balanced xlr3 f impedance_ohm=2000 phantom=p48 "
#define CONDENSER "a.out out analog mic balanced xlr3 m impedance_ohm=200 mic_type=condenser "
#define RIBBON "a.out out analog mic balanced xlr3 m impedance_ohm=300 mic_type=ribbon "
#define AMP "amp.out out analog speaker speakon-nl4 impedance_ohm=0.05 min_load_ohm=4 "
#define SPEAKER(id, ohm) id ".in in analog speaker speakon-nl4 impedance_ohm=" ohm ";"
#define CV_AMP "amp.out out analog cv100 terminal power_w=60;"
#define CV_SPEAKER(id, tap) id ".in in analog cv100 terminal cv_tap_w=" tap ";"

static const RuleCase cases[] = {
  /* Direction and signal */
  { "output-to-output", E, "a.out out midi din5 f; b.out out midi din5 f", "a.out>b.out" },
  { "output-to-output", NONE,
    AMP ";" SPEAKER ("s", "8") "s.link out analog speaker speakon-nl4 link_of=in",
    "amp.out>s.link" },
  { "input-to-input", E, "a.in in analog line-pro; b.in in analog line-pro", "a.in>b.in" },
  { "input-to-input", NONE, SPEAKER ("s1", "8") "s1.link in analog speaker speakon-nl4 link_of=in;"
    SPEAKER ("s2", "8"), "s1.link>s2.in" },
  { "signal-mismatch", E, "a.out out adat toslink; b.in in spdif-optical toslink", "a.out>b.in" },
  { "signal-mismatch", E, LINE_OUT "b.in in dmx xlr5 m", "a.out>b.in" },
  { "signal-mismatch", NONE, "a.net bidir dante rj45; sw.p1 bidir ethernet rj45", "a.net>sw.p1" },
  { "signal-mismatch", NONE, "a.out out aes3 xlr3 m; b.in in spdif-coax rca", "a.out>b.in" },
  { "digital-converter-needed", W, "a.out out aes3 xlr3 m; b.in in aes3id bnc", "a.out>b.in" },
  { "digital-converter-needed", W, "a.out out spdif-coax rca; b.in in spdif-optical toslink",
    "a.out>b.in" },
  { "digital-converter-needed", NONE, "a.out out aes3 xlr3 m; b.in in aes3 xlr3 f", "a.out>b.in" },
  { "network-protocol", W, "a.net bidir dante rj45; b.net bidir aes67 rj45", "a.net>b.net" },
  { "network-protocol", NONE, "a.net bidir aes67 rj45; b.net bidir aes67 ethercon", "a.net>b.net" },
  { "outputs-joined", E, LINE_OUT "a2.out out analog line-pro balanced xlr3 m;" LINE_IN,
    "a.out>b.in a2.out>b.in", "c1,c2" },
  { "outputs-joined", E, AMP ";amp2.out out analog speaker speakon-nl4;" SPEAKER ("s", "8")
    "s.link out analog speaker speakon-nl4 link_of=in", "amp.out>s.in amp2.out>s.link", "c1,c2" },
  { "outputs-joined", NONE,
    LINE_OUT "sp.in in analog; sp.o1 out analog link_of=in; sp.o2 out analog "
    "link_of=in;" LINE_IN "d.in in analog line-pro", "a.out>sp.in sp.o1>b.in sp.o2>d.in" },
  { "outputs-joined", NONE, "a.out out midi din5 f; b.out out midi din5 f", "a.out>b.out" },
  { "port-shared", E,
    "pc.net bidir ethernet rj45; a.net bidir ethernet rj45; b.net bidir ethernet rj45",
    "pc.net>a.net pc.net>b.net", "c1,c2" },
  { "port-shared", NONE,
    "pc.net bidir ethernet rj45; a.net bidir ethernet rj45; sw.p1 bidir ethernet "
    "rj45; sw.p2 bidir ethernet rj45", "pc.net>sw.p1 a.net>sw.p2" },

  /* Levels */
  { "level-too-hot", W,
    "a.out out analog line-consumer unbalanced ts-6.35 impedance_ohm=150;" MIC_IN,
    "a.out>b.in" },
  { "level-too-hot", W, LINE_OUT "b.in in analog mic combo_level=line-pro balanced combo",
    "a.out>b.in" },
  { "level-too-hot", I, LINE_OUT MIC_IN "pad_db=20 pad_on=true", "a.out>b.in" },
  { "level-too-hot", W, LINE_OUT MIC_IN "pad_db=10 pad_on=true", "a.out>b.in" },
  { "level-too-hot", NONE, "a.out out analog line-pro balanced trs-6.35;"
    "b.in in analog mic combo_level=line-pro balanced combo", "a.out>b.in" },
  { "level-too-hot", NONE,
    "a.out out analog headphone stereo trs-3.5; b.in in analog line-consumer",
    "a.out>b.in" },
  { "level-too-hot", NONE, LINE_OUT "b.in in analog xlr3 f", "a.out>b.in" },
  { "level-too-low", W, CONDENSER ";" LINE_IN, "a.out>b.in" },
  { "level-too-low", W, "a.out out analog line-consumer unbalanced rca; b.in in analog line-pro",
    "a.out>b.in" },
  { "level-too-low", NONE, "a.out out analog instrument ts-6.35; b.in in analog mic combo",
    "a.out>b.in" },
  { "line-drives-speaker", E, LINE_OUT SPEAKER ("b", "8"), "a.out>b.in" },
  { "line-drives-speaker", W,
    "a.out out analog line-consumer stereo trs-3.5; b.in in analog headphone "
    "stereo trs-3.5 impedance_ohm=32", "a.out>b.in" },
  { "line-drives-speaker", NONE,
    "a.out out analog headphone stereo trs-3.5; b.in in analog headphone "
    "stereo trs-3.5", "a.out>b.in" },
  { "line-drives-speaker", NONE, LINE_OUT "b.in in analog speakon-nl4 impedance_ohm=8",
    "a.out>b.in" },
  { "speaker-into-input", E, AMP ";" LINE_IN, "amp.out>b.in" },
  { "speaker-into-input", NONE, AMP ";" SPEAKER ("b", "8"), "amp.out>b.in" },
  { "cv-into-low-z", E, CV_AMP SPEAKER ("b", "8"), "amp.out>b.in" },
  { "cv-into-low-z", NONE, CV_AMP CV_SPEAKER ("b", "6"), "amp.out>b.in" },
  { "low-z-into-cv", W, AMP ";b.in in analog cv70 terminal cv_tap_w=6", "amp.out>b.in" },
  { "low-z-into-cv", NONE, AMP ";" SPEAKER ("b", "4"), "amp.out>b.in" },
  { "cv-voltage-mismatch", E, CV_AMP "b.in in analog cv70 terminal cv_tap_w=6", "amp.out>b.in" },
  { "cv-voltage-mismatch", I, "amp.out out analog cv70 terminal; b.in in analog cv100 terminal",
    "amp.out>b.in" },
  { "cv-voltage-mismatch", NONE, CV_AMP CV_SPEAKER ("b", "6"), "amp.out>b.in" },

  /* Impedance */
  { "instrument-loading", W, "a.out out analog instrument unbalanced ts-6.35 impedance_ohm=15000;"
    "b.in in analog line-pro balanced trs-6.35 impedance_ohm=10000", "a.out>b.in" },
  { "instrument-loading", W, "a.out out analog line-consumer impedance_ohm=10000; b.in in analog "
    "line-consumer impedance_ohm=47000", "a.out>b.in" },
  { "instrument-loading", NONE, "a.out out analog instrument ts-6.35 impedance_ohm=15000;"
    "b.in in analog instrument ts-6.35 impedance_ohm=1000000", "a.out>b.in" },
  { "instrument-loading", NONE, "a.out out analog instrument ts-6.35;"
    "b.in in analog mic combo_level=instrument combo impedance_ohm=1500", "a.out>b.in" },
  { "not-bridging", W, "a.out out analog line-pro impedance_ohm=600; b.in in analog line-pro "
    "impedance_ohm=2000", "a.out>b.in" },
  { "not-bridging", NONE, "a.out out analog line-consumer impedance_ohm=10000; b.in in analog "
    "line-consumer impedance_ohm=47000", "a.out>b.in" },
  { "not-bridging", NONE, LINE_OUT LINE_IN, "a.out>b.in" },
  { "not-bridging", NONE, CONDENSER ";" MIC_IN, "a.out>b.in" },
  { "ribbon-loading", W, RIBBON ";" MIC_IN "impedance_ohm=1200", "a.out>b.in" },
  { "ribbon-loading", NONE,
    "a.out out analog mic balanced xlr3 m impedance_ohm=300 mic_type=active-ribbon;"
    MIC_IN "impedance_ohm=1200", "a.out>b.in" },
  { "ribbon-loading", NONE, RIBBON ";" MIC_IN "impedance_ohm=1500", "a.out>b.in" },
  { "output-overloaded", W, "a.out out analog line-pro impedance_ohm=600; b.in in analog line-pro "
    "impedance_ohm=10000; c.in in analog line-pro impedance_ohm=10000; d.in in analog line-pro "
    "impedance_ohm=10000", "a.out>b.in a.out>c.in a.out>d.in", "c1,c2,c3" },
  { "output-overloaded", W, "a.out out analog line-pro impedance_ohm=50 min_load_ohm=2000; b.in in "
    "analog line-pro impedance_ohm=2000; c.in in analog line-pro impedance_ohm=2000",
    "a.out>b.in a.out>c.in", "c1,c2" },
  { "output-overloaded", NONE,
    "a.out out analog line-pro impedance_ohm=100; b.in in analog line-pro "
    "impedance_ohm=10000; c.in in analog line-pro impedance_ohm=10000; d.in in analog line-pro "
    "impedance_ohm=10000", "a.out>b.in a.out>c.in a.out>d.in" },
  { "output-overloaded", NONE,
    "a.out out analog line-pro impedance_ohm=600; b.in in analog line-pro "
    "impedance_ohm=2000", "a.out>b.in" },

  /* Wiring, channels and connectors */
  { "balanced-to-unbalanced", I, LINE_OUT "b.in in analog line-pro unbalanced trs-6.35",
    "a.out>b.in" },
  { "balanced-to-unbalanced", NONE, LINE_OUT LINE_IN, "a.out>b.in" },
  { "unbalanced-to-balanced", I, "a.out out analog line-pro unbalanced rca;" LINE_IN,
    "a.out>b.in" },
  { "unbalanced-to-balanced", NONE,
    "a.out out analog instrument unbalanced ts-6.35 impedance_ohm=15000;"
    "b.in in analog line-pro balanced trs-6.35 impedance_ohm=10000", "a.out>b.in" },
  { "stereo-into-balanced", E, "a.out out analog headphone stereo channels=2 trs-3.5;"
    "b.in in analog line-pro balanced channels=1 trs-6.35 impedance_ohm=10000", "a.out>b.in" },
  { "stereo-into-balanced", NONE, "a.out out analog headphone stereo trs-3.5;"
    "b.in in analog line-consumer unbalanced rca", "a.out>b.in" },
  { "stereo-to-mono", W, "a.out out analog headphone stereo trs-3.5;"
    "b.in in analog line-consumer unbalanced rca", "a.out>b.in" },
  { "stereo-to-mono", NONE, "a.out out analog headphone stereo trs-3.5;"
    "b.in in analog line-consumer stereo channels=2 trs-3.5", "a.out>b.in" },
  { "stereo-to-mono", NONE, "a.out out analog headphone stereo channels=2 trs-3.5;"
    "b.in in analog line-pro balanced channels=1 trs-6.35", "a.out>b.in" },
  { "mono-to-stereo", I, "a.out out analog line-consumer unbalanced rca;"
    "b.in in analog line-consumer stereo channels=2 trs-3.5", "a.out>b.in" },
  { "mono-to-stereo", NONE, "a.out out analog line-consumer stereo trs-3.5;"
    "b.in in analog line-consumer stereo trs-3.5", "a.out>b.in" },
  { "mono-to-stereo", NONE, "a.out out aes3 channels=1 xlr3 m; b.in in aes3 channels=2 xlr3 f",
    "a.out>b.in" },
  { "adapter-needed", W, LINE_OUT "b.in in analog line-pro rca", "a.out>b.in" },
  { "adapter-needed", W, "a.out out analog line-consumer ts-3.5; b.in in analog line-consumer rca",
    "a.out>b.in" },
  { "adapter-needed", NONE, "a.out out analog line-consumer unbalanced ts-6.35;" MIC_IN,
    "a.out>b.in" },
  { "adapter-needed", NONE, AMP ";b.in in analog speaker binding-post impedance_ohm=8",
    "amp.out>b.in" },
  { "adapter-needed", NONE,
    "a.out out analog line-consumer rca; b.in in analog line-consumer trs-3.5",
    "a.out>b.in" },
  { "adapter-needed", NONE, "a.out out analog line-pro terminal; b.in in analog line-pro xlr3 f",
    "a.out>b.in" },
  { "adapter-needed", NONE,
    "a.p bidir usb usb-c usb_role=host; b.p bidir usb usb-b usb_role=device",
    "a.p>b.p" },
  { "adapter-needed", NONE, "a.net bidir dante rj45; b.net bidir dante ethercon", "a.net>b.net" },
  { "same-gender", W, LINE_OUT "b.in in analog line-pro xlr3 m", "a.out>b.in" },
  { "same-gender", W, "a.out out analog line-pro xlr3 f; b.in in analog line-pro combo",
    "a.out>b.in" },
  { "same-gender", NONE, LINE_OUT LINE_IN, "a.out>b.in" },
  { "same-gender", NONE, LINE_OUT "b.in in analog line-pro xlr3", "a.out>b.in" },
  { "speaker-on-jack", W, "amp.out out analog speaker ts-6.35; cab.in in analog speaker ts-6.35 "
    "impedance_ohm=16", "amp.out>cab.in" },
  { "speaker-on-jack", NONE, AMP ";" SPEAKER ("b", "8"), "amp.out>b.in" },
  { "speaker-on-jack", NONE,
    "a.out out analog instrument ts-6.35; b.in in analog instrument ts-6.35",
    "a.out>b.in" },

  /* Phantom power */
  { "phantom-missing", E, CONDENSER "needs_phantom=p48;" MIC_IN "phantom_on=false", "a.out>b.in" },
  { "phantom-missing", E, CONDENSER "needs_phantom=p48; b.in in analog line-pro balanced trs-6.35",
    "a.out>b.in" },
  { "phantom-missing", E,
    CONDENSER "needs_phantom=p48; b.in in analog line-pro xlr3 f phantom=none",
    "a.out>b.in" },
  { "phantom-missing", E, "a.out out analog mic balanced trs-6.35 needs_phantom=p48;"
    "b.in in analog mic combo_level=mic balanced combo phantom=p48 phantom_on=true", "a.out>b.in" },
  { "phantom-missing", NONE, CONDENSER "needs_phantom=p48 battery=true;" MIC_IN "phantom_on=false",
    "a.out>b.in" },
  { "phantom-missing", NONE, CONDENSER "needs_phantom=p48;" MIC_IN "phantom_on=true",
    "a.out>b.in" },
  { "phantom-missing", NONE, CONDENSER "needs_phantom=p48; b.in in analog mic balanced xlr3 f",
    "a.out>b.in" },
  { "phantom-low-voltage", W, CONDENSER "needs_phantom=p48; b.in in analog mic xlr3 f phantom=p24 "
    "phantom_on=true", "a.out>b.in" },
  { "phantom-low-voltage", NONE, CONDENSER "needs_phantom=p12;" MIC_IN "phantom_on=true",
    "a.out>b.in" },
  { "phantom-on-ribbon", W, RIBBON ";" MIC_IN "phantom_on=true impedance_ohm=2000", "a.out>b.in" },
  { "phantom-on-ribbon", E, RIBBON "phantom_tolerance=unsafe;" MIC_IN "phantom_on=true",
    "a.out>b.in" },
  { "phantom-on-ribbon", NONE, RIBBON ";" MIC_IN "phantom_on=false", "a.out>b.in" },
  { "phantom-on-source", W, LINE_OUT MIC_IN "phantom_on=true", "a.out>b.in" },
  { "phantom-on-source", E,
    "a.out out analog line-consumer unbalanced ts-6.35;" MIC_IN "phantom_on=true",
    "a.out>b.in" },
  { "phantom-on-source", NONE, "a.out out analog mic balanced xlr3 m mic_type=dynamic;" MIC_IN
    "phantom_on=true", "a.out>b.in" },
  { "phantom-on-source", NONE, "a.out out analog line-consumer unbalanced ts-6.35;"
    "b.in in analog line-pro balanced trs-6.35 phantom=p48 phantom_on=true", "a.out>b.in" },
  { "phantom-on-source", NONE, "a.out out analog line-consumer unbalanced ts-6.35;"
    "b.in in analog mic combo_level=line-pro balanced combo phantom=p48 phantom_on=true",
    "a.out>b.in" },

  /* Amplifiers and loudspeakers */
  { "load-below-minimum", E, AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8") SPEAKER ("s3", "8"),
    "amp.out>s1.in amp.out>s2.in amp.out>s3.in", "c1,c2,c3" },
  { "load-below-minimum", E, AMP ";" SPEAKER ("s1", "8") "s1.link out analog speaker speakon-nl4 "
    "link_of=in;" SPEAKER ("s2", "8") "s2.link out analog speaker speakon-nl4 link_of=in;"
    SPEAKER ("s3", "8"), "amp.out>s1.in s1.link>s2.in s2.link>s3.in", "c1,c2,c3" },
  { "load-below-minimum", NONE,
    AMP ";" SPEAKER ("s1", "8") "s1.link out analog speaker speakon-nl4 link_of=in;"
    SPEAKER ("s2", "8"), "amp.out>s1.in s1.link>s2.in" },
  { "load-below-minimum", E, AMP "bridged=true;" SPEAKER ("s1", "4"), "amp.out>s1.in" },
  { "load-below-minimum", NONE, AMP "bridged=false;" SPEAKER ("s1", "4"), "amp.out>s1.in" },
  { "load-below-minimum", NONE, "amp.out out analog speaker speakon-nl4;" SPEAKER ("s1", "2"),
    "amp.out>s1.in" },
  { "unequal-parallel-load", W, "amp.out out analog speaker speakon-nl4 min_load_ohm=2;"
    SPEAKER ("s1", "8") SPEAKER ("s2", "4"), "amp.out>s1.in amp.out>s2.in", "c1,c2" },
  { "unequal-parallel-load", NONE, AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8"),
    "amp.out>s1.in amp.out>s2.in" },
  { "cv-overloaded", E,
    CV_AMP CV_SPEAKER ("s1", "30") CV_SPEAKER ("s2", "30") CV_SPEAKER ("s3", "15"),
    "amp.out>s1.in amp.out>s2.in amp.out>s3.in", "c1,c2,c3" },
  { "cv-overloaded", W, CV_AMP CV_SPEAKER ("s1", "30") CV_SPEAKER ("s2", "20"),
    "amp.out>s1.in amp.out>s2.in", "c1,c2" },
  { "cv-overloaded", NONE, CV_AMP CV_SPEAKER ("s1", "30") CV_SPEAKER ("s2", "15"),
    "amp.out>s1.in amp.out>s2.in" },

  /* Digital, network, USB */
  { "sample-rate", E, "a.out out aes3 xlr3 m sample_rates=96000; b.in in aes3 xlr3 f "
    "sample_rates=44100|48000", "a.out>b.in" },
  { "sample-rate", NONE, "a.out out aes3 xlr3 m sample_rates=96000; b.in in aes3 xlr3 f "
    "sample_rates=44100|48000 src=true", "a.out>b.in" },
  { "sample-rate", NONE, "a.out out aes3 xlr3 m sample_rates=48000|96000; b.in in aes3 xlr3 f "
    "sample_rates=44100|48000", "a.out>b.in" },
  { "sample-rate", W, "a.out out adat toslink sample_rates=96000; b.in in adat toslink "
    "sample_rates=88200|96000 smux=true", "a.out>b.in" },
  { "sample-rate", NONE,
    "a.out out adat toslink sample_rates=96000 smux=true; b.in in adat toslink "
    "sample_rates=88200|96000 smux=true", "a.out>b.in" },
  { "sample-rate", NONE, "a.out out adat toslink sample_rates=48000|96000; b.in in adat toslink "
    "sample_rates=48000|96000", "a.out>b.in" },
  { "digital-split", W, "a.out out aes3 xlr3 m; b.in in aes3 xlr3 f; c.in in aes3 xlr3 f",
    "a.out>b.in a.out>c.in", "c1,c2" },
  { "digital-split", W, "a.out out wordclock bnc; sp.in in wordclock bnc; sp.o1 out wordclock bnc "
    "link_of=in; sp.o2 out wordclock bnc link_of=in; b.in in wordclock bnc; c.in in wordclock bnc",
    "a.out>sp.in sp.o1>b.in sp.o2>c.in", "c1,c2,c3" },
  { "digital-split", NONE, "a.out out aes3 xlr3 m; pb.in in aes3 xlr3 f; pb.thru out aes3 xlr3 m "
    "link_of=in; b.in in aes3 xlr3 f", "a.out>pb.in pb.thru>b.in" },
  { "digital-split", NONE, LINE_OUT LINE_IN "c.in in analog line-pro xlr3 f",
    "a.out>b.in a.out>c.in" },
  { "usb-roles", E, "a.p bidir usb usb-c usb_role=host; b.p bidir usb usb-c usb_role=host",
    "a.p>b.p" },
  { "usb-roles", E, "a.p bidir usb usb-b usb_role=device; b.p bidir usb usb-b usb_role=device",
    "a.p>b.p" },
  { "usb-roles", NONE, "a.p bidir usb usb-a usb_role=host; b.p bidir usb usb-b usb_role=device",
    "a.p>b.p" },
  { "usb-roles", NONE, "a.p bidir usb usb-a usb_role=host; b.p bidir usb usb-b", "a.p>b.p" },

  /* Cable length */
  { "cable-too-long", W, "a.thru out midi din5 f; b.in in midi din5 f", "a.thru>b.in@20" },
  { "cable-too-long", E, "a.out out spdif-coax rca; b.in in spdif-coax rca", "a.out>b.in@25" },
  { "cable-too-long", W, "a.out out spdif-coax rca; b.in in spdif-coax rca", "a.out>b.in@15" },
  { "cable-too-long", NONE, "a.out out spdif-coax rca; b.in in spdif-coax rca", "a.out>b.in@10" },
  { "cable-too-long", W, "a.out out analog instrument ts-6.35; b.in in analog instrument ts-6.35",
    "a.out>b.in@8" },
  { "cable-too-long", NONE, "a.out out analog instrument ts-6.35 length_limit_m=10; b.in in analog "
    "instrument ts-6.35", "a.out>b.in@8" },
  { "cable-too-long", W,
    "a.out out analog line-consumer unbalanced rca; b.in in analog line-consumer "
    "unbalanced rca", "a.out>b.in@6" },
  { "cable-too-long", NONE, LINE_OUT LINE_IN, "a.out>b.in@100" },
  { "cable-too-long", NONE, AMP ";" SPEAKER ("b", "8"), "amp.out>b.in@60" },
  { "cable-too-long", W, LINE_OUT "b.in in analog line-pro balanced xlr3 f length_limit_m=50",
    "a.out>b.in@60" },
  { "cable-too-long", E, "a.net bidir ethernet rj45; b.net bidir ethernet rj45",
    "a.net>b.net@250" },
  { "cable-too-long", NONE,
    "a.p bidir usb usb-a usb_role=host; b.p bidir usb usb-b usb_role=device",
    "a.p>b.p@5" },
};

static const char * const rule_ids[] = {
  "output-to-output", "input-to-input", "signal-mismatch", "outputs-joined", "port-shared",
  "level-too-hot", "level-too-low", "line-drives-speaker", "speaker-into-input",
  "instrument-loading", "not-bridging", "ribbon-loading", "output-overloaded",
  "balanced-to-unbalanced", "unbalanced-to-balanced", "stereo-into-balanced", "stereo-to-mono",
  "mono-to-stereo", "adapter-needed", "same-gender", "speaker-on-jack", "phantom-missing",
  "phantom-low-voltage", "phantom-on-ribbon", "phantom-on-source", "load-below-minimum",
  "unequal-parallel-load", "cv-into-low-z", "low-z-into-cv", "cv-voltage-mismatch", "cv-overloaded",
  "digital-converter-needed", "network-protocol", "sample-rate", "digital-split", "usb-roles",
  "cable-too-long",
};

static char *
join_cables (const WpProblem *problem)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_copy (problem->cables, NULL, NULL);

  g_ptr_array_set_free_func (ids, NULL);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (",", (char **) ids->pdata);
}

/* The rule fires with the row's severity (and cables), or not at all. */
static void
test_case (gconstpointer data)
{
  const RuleCase *row = data;
  g_autoptr(WpPlan) plan = rules_test_plan (row->ports, row->cables);
  g_autoptr(GPtrArray) problems = wp_rules_check_plan (plan);
  g_autofree char *all = rules_test_describe (problems);
  guint found = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      const WpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *cables = NULL;

      if (!g_str_equal (problem->rule, row->rule))
        continue;
      found++;
      if (row->severity == NONE)
        g_error ("%s fired where it must not:\n%s", row->rule, all);
      if ((int) problem->severity != row->severity)
        g_error ("%s fired as %s, not %s:\n%s", row->rule,
                 wp_enum_to_string (WP_ENUM_SEVERITY, problem->severity),
                 wp_enum_to_string (WP_ENUM_SEVERITY, row->severity), all);
      cables = join_cables (problem);
      g_assert_cmpstr (cables, ==, row->problem_cables != NULL ? row->problem_cables : "c1");
      g_assert_nonnull (problem->message);
      g_assert_nonnull (problem->fix);
      g_assert_cmpuint (strlen (problem->message), >, 0);
      g_assert_cmpuint (strlen (problem->fix), >, 0);
      g_assert_false (problem->waived);
    }
  if (row->severity != NONE && found == 0)
    g_error ("%s did not fire:\n%s", row->rule, all);
}

/* Drawn the other way round, every cable gets exactly the same verdict. */
static void
test_reversed (gconstpointer data)
{
  const RuleCase *row = data;
  g_autofree char *reversed = rules_test_reverse_cables (row->cables);
  g_autoptr(WpPlan) plan = rules_test_plan (row->ports, row->cables);
  g_autoptr(WpPlan) other = rules_test_plan (row->ports, reversed);
  g_autoptr(GPtrArray) problems = wp_rules_check_plan (plan);
  g_autoptr(GPtrArray) other_problems = wp_rules_check_plan (other);

  g_assert_cmpuint (problems->len, ==, other_problems->len);
  for (guint i = 0; i < problems->len; i++)
    g_assert_true (wp_problem_equal (g_ptr_array_index (problems, i),
                                     g_ptr_array_index (other_problems, i)));
}

/* A cable being drawn gets the problems it will have once added, less its own id. */
static void
test_candidate (gconstpointer data)
{
  const RuleCase *row = data;
  g_autoptr(WpPlan) plan = rules_test_plan (row->ports, row->cables);
  g_autoptr(GPtrArray) full = wp_rules_check_plan (plan);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) candidate = NULL;
  g_autoptr(WpCable) last = NULL;
  g_autofree char *text = NULL;

  last = g_object_ref (wp_plan_get_cable (plan, wp_plan_get_n_cables (plan) - 1));
  expected = rules_test_without_cable (full, wp_cable_get_id (last));
  wp_plan_remove_cable (plan, last);
  /* A length is not known while drawing. */
  if (!isnan (wp_cable_get_length_m (last)))
    for (guint i = expected->len; i-- > 0;)
      if (g_str_equal (((WpProblem *) g_ptr_array_index (expected, i))->rule, "cable-too-long"))
        g_ptr_array_remove_index (expected, i);

  candidate = wp_rules_check_candidate (plan, wp_cable_get_from (last), wp_cable_get_to (last));
  text = rules_test_describe (candidate);
  if (!rules_test_same_problems (expected, candidate))
    {
      g_autofree char *want = rules_test_describe (expected);
      g_error ("candidate:\n%sexpected:\n%s", text, want);
    }
}

/* Every rule id has a row where it fires and one where it must not. */
static void
test_coverage (void)
{
  for (guint r = 0; r < G_N_ELEMENTS (rule_ids); r++)
    {
      gboolean fires = FALSE, silent = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          if (!g_str_equal (cases[i].rule, rule_ids[r]))
            continue;
          fires |= cases[i].severity != NONE;
          silent |= cases[i].severity == NONE;
        }
      if (!fires || !silent)
        g_error ("rule %s lacks a case that %s", rule_ids[r], fires ? "stays silent" : "fires");
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean known = FALSE;

      for (guint r = 0; r < G_N_ELEMENTS (rule_ids); r++)
        known |= g_str_equal (cases[i].rule, rule_ids[r]);
      g_assert_true (known);
    }
}

/* A waived problem is still reported; a net problem is waived only when every
 * cable of the net waives it. */
static void
test_waivers (void)
{
  g_autoptr(WpPlan) one = rules_test_plan (LINE_OUT "b.in in analog line-pro unbalanced trs-6.35",
                                           "a.out>b.in!balanced-to-unbalanced");
  g_autoptr(WpPlan) some = rules_test_plan (AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8")
                                            SPEAKER ("s3", "8"),
                                            "amp.out>s1.in!load-below-minimum "
                                            "amp.out>s2.in!load-below-minimum amp.out>s3.in");
  g_autoptr(WpPlan) all = rules_test_plan (AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8")
                                           SPEAKER ("s3", "8"),
                                           "amp.out>s1.in!load-below-minimum "
                                           "amp.out>s2.in!load-below-minimum "
                                           "amp.out>s3.in!load-below-minimum");
  g_autoptr(GPtrArray) p1 = wp_rules_check_plan (one);
  g_autoptr(GPtrArray) p2 = wp_rules_check_plan (some);
  g_autoptr(GPtrArray) p3 = wp_rules_check_plan (all);

  g_assert_cmpuint (p1->len, ==, 1);
  g_assert_true (((WpProblem *) g_ptr_array_index (p1, 0))->waived);
  g_assert_false (wp_problem_counts (g_ptr_array_index (p1, 0)));
  g_assert_cmpuint (p2->len, ==, 1);
  g_assert_false (((WpProblem *) g_ptr_array_index (p2, 0))->waived);
  g_assert_cmpuint (p3->len, ==, 1);
  g_assert_true (((WpProblem *) g_ptr_array_index (p3, 0))->waived);
}

/* The messages name the devices, ports and numbers; the fixes are concrete. */
static void
test_messages (void)
{
  g_autoptr(WpPlan) plan = rules_test_plan (AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8")
                                            SPEAKER ("s3", "8") CONDENSER "needs_phantom=p48;"
                                            MIC_IN "phantom_on=false",
                                            "amp.out>s1.in amp.out>s2.in amp.out>s3.in a.out>b.in");
  g_autoptr(GPtrArray) problems = wp_rules_check_plan (plan);
  const WpProblem *load = g_ptr_array_index (problems, 0);
  const WpProblem *phantom = g_ptr_array_index (problems, 1);

  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (load->rule, ==, "load-below-minimum");
  g_assert_cmpstr (load->message, ==, "On “amp” out, 3 speakers in parallel make 2.7 ohm; the "
                                      "amplifier's minimum is 4 ohm.");
  g_assert_nonnull (strstr (load->fix, "4 ohm or more"));
  g_assert_cmpuint (load->devices->len, ==, 4);
  g_assert_cmpstr (phantom->rule, ==, "phantom-missing");
  g_assert_cmpstr (phantom->fix, ==, "Switch on phantom power on “b” in.");
}

/* An adapter is named by the plugs it needs. */
static void
test_adapter_name (void)
{
  g_autoptr(WpPlan) plan = rules_test_plan (LINE_OUT "b.in in analog line-pro rca", "a.out>b.in");
  g_autoptr(GPtrArray) problems = wp_rules_check_plan (plan);

  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((WpProblem *) g_ptr_array_index (problems, 0))->fix, ==,
                   "Use an adapter cable from XLR (f) to RCA (phono).");
}

/* The names views use to describe a port; unknown values have none. */
static void
test_names (void)
{
  g_autofree char *socket = wp_rules_connector_name (WP_CONNECTOR_XLR3, WP_GENDER_F, FALSE);
  g_autofree char *plug = wp_rules_connector_name (WP_CONNECTOR_XLR3, WP_GENDER_F, TRUE);
  g_autofree char *unknown = wp_rules_connector_name (WP_CONNECTOR_UNSET, WP_GENDER_UNSET, FALSE);

  g_assert_cmpstr (socket, ==, "XLR (f)");
  g_assert_cmpstr (plug, ==, "XLR (m)");
  g_assert_cmpstr (unknown, ==, "");
  g_assert_cmpstr (wp_rules_level_name (WP_LEVEL_MIC), ==, "microphone level (about -50 dBu)");
  g_assert_cmpstr (wp_rules_level_name (WP_LEVEL_UNSET), ==, "");
  g_assert_cmpstr (wp_rules_signal_name (WP_SIGNAL_ADAT), ==, "ADAT");
  g_assert_cmpstr (wp_rules_phantom_name (WP_PHANTOM_P48), ==, "P48 (48 V)");
}

/* A cable being drawn sees what it would do to the nets it joins. */
static void
test_candidate_net (void)
{
  g_autoptr(WpPlan) plan = rules_test_plan (AMP ";" SPEAKER ("s1", "8") SPEAKER ("s2", "8")
                                            SPEAKER ("s3", "8") LINE_OUT "a2.out out analog "
                                            "line-pro balanced xlr3 m;" LINE_IN,
                                            "amp.out>s1.in amp.out>s2.in a.out>b.in");
  WpEndpoint amp = { (char *) "amp", (char *) "out", NULL };
  WpEndpoint third = { (char *) "s3", (char *) "in", NULL };
  WpEndpoint second = { (char *) "a2", (char *) "out", NULL };
  WpEndpoint input = { (char *) "b", (char *) "in", NULL };
  g_autoptr(GPtrArray) before = wp_rules_check_plan (plan);
  g_autoptr(GPtrArray) speaker = wp_rules_check_candidate (plan, &third, &amp);
  g_autoptr(GPtrArray) output = wp_rules_check_candidate (plan, &second, &input);

  g_assert_cmpuint (before->len, ==, 0);
  g_assert_cmpuint (speaker->len, ==, 1);
  g_assert_cmpstr (((WpProblem *) g_ptr_array_index (speaker, 0))->rule, ==, "load-below-minimum");
  g_assert_cmpuint (((WpProblem *) g_ptr_array_index (speaker, 0))->cables->len, ==, 2);
  g_assert_cmpuint (output->len, ==, 1);
  g_assert_cmpstr (((WpProblem *) g_ptr_array_index (output, 0))->rule, ==, "outputs-joined");
  g_assert_cmpuint (wp_plan_get_n_cables (plan), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/coverage", test_coverage);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *verdict = cases[i].severity == NONE ? "silent"
                            : wp_enum_to_string (WP_ENUM_SEVERITY, cases[i].severity);
      g_autofree char *name = g_strdup_printf ("/rules/case/%s/%s/%u", cases[i].rule, verdict, i);
      g_autofree char *reversed = g_strdup_printf ("/rules/reversed/%s/%u", cases[i].rule, i);
      g_autofree char *candidate = g_strdup_printf ("/rules/candidate/%s/%u", cases[i].rule, i);

      g_test_add_data_func (name, &cases[i], test_case);
      g_test_add_data_func (reversed, &cases[i], test_reversed);
      g_test_add_data_func (candidate, &cases[i], test_candidate);
    }
  g_test_add_func ("/rules/waivers", test_waivers);
  g_test_add_func ("/rules/messages", test_messages);
  g_test_add_func ("/rules/adapter-name", test_adapter_name);
  g_test_add_func ("/rules/names", test_names);
  g_test_add_func ("/rules/candidate-net", test_candidate_net);
  return g_test_run ();
}
