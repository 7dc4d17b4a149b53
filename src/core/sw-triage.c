/* sw-triage.c: the symptom checker — questions, rules, flow and advice as data
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/*
 * The tables below are the single source of the checker (CONTENT-SPEC 1.1,
 * 1.2, 1.4). They name questions and values by their stable keys so that a
 * reviewer can read them; compile_tables() resolves every key to an index
 * once, and evaluation then works on small integers and bit masks only.
 */

#define N_QUESTIONS   19
#define N_RULES       22
#define MAX_OPTIONS    4
#define MAX_TERMS      7
#define MAX_ALL_TERMS 64

G_STATIC_ASSERT (N_QUESTIONS <= 32);
G_STATIC_ASSERT (N_RULES <= 32);

G_DEFINE_QUARK (sw-triage-error-quark, sw_triage_error)

G_DEFINE_ENUM_TYPE (SwOutcome, sw_outcome,
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_LIKELY_MUSCULAR, "likely-muscular"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_WATCH_AND_SELF_CARE, "watch-and-self-care"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_SEE_DOCTOR_SOON, "see-doctor-soon"),
  G_DEFINE_ENUM_VALUE (SW_OUTCOME_EMERGENCY, "emergency"))

G_DEFINE_ENUM_TYPE (SwUrgency, sw_urgency,
  G_DEFINE_ENUM_VALUE (SW_URGENCY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_URGENCY_SOON, "soon"),
  G_DEFINE_ENUM_VALUE (SW_URGENCY_TODAY, "today"))

G_DEFINE_ENUM_TYPE (SwOffer, sw_offer,
  G_DEFINE_ENUM_VALUE (SW_OFFER_NONE, "none"),
  G_DEFINE_ENUM_VALUE (SW_OFFER_GENTLE, "gentle"),
  G_DEFINE_ENUM_VALUE (SW_OFFER_FULL, "full"))

/* ---------------------------------------------------------------- questions */

static const SwTriageOption yes_no_unsure[] = {
  { "yes", N_("Yes"), NULL },
  { "no", N_("No"), NULL },
  { "unsure", N_("Not sure"), NULL },
};

static const SwTriageOption yes_no[] = {
  { "yes", N_("Yes"), NULL },
  { "no", N_("No"), NULL },
};

static const SwTriageOption group_options[] = {
  { "none", N_("Neither"), NULL },
  { "pregnant", N_("I am pregnant"), NULL },
  { "post_spine_surgery", N_("I have had spine surgery"), NULL },
};

static const SwTriageOption radiation_options[] = {
  { "spot", N_("It stays where I press"),
    N_("In the calf muscle itself") },
  { "calf_to_foot", N_("It runs on towards my foot"),
    N_("To the ankle, the top or sole of the foot, or the toes") },
  { "from_back", N_("It comes from my lower back or buttock"),
    N_("And runs down the leg past the knee") },
  { "unsure", N_("Not sure"), NULL },
};

static const SwTriageOption quality_options[] = {
  { "dull_ache", N_("A dull ache"),
    N_("Evenly sore, tender all over the muscle") },
  { "shooting", N_("Sharp or shooting"),
    N_("Burning, or like an electric shock") },
  { "unsure", N_("Not sure"), NULL },
};

static const SwTriageOption numbness_options[] = {
  { "none", N_("No"), NULL },
  { "mild_steady", N_("Yes, mild and not changing"), NULL },
  { "worsening", N_("Yes, and it is spreading or getting worse"), NULL },
  { "unsure", N_("Not sure"), NULL },
};

static const SwTriageOption weakness_options[] = {
  { "no", N_("No"), NULL },
  { "yes", N_("Yes"),
    N_("For example you trip, your foot does not lift, or it is hard to push off") },
  { "unsure", N_("Not sure"), NULL },
};

static const SwTriageOption no_yes[] = {
  { "no", N_("No"), NULL },
  { "yes", N_("Yes"), NULL },
};

static const SwTriageOption worse_with_options[] = {
  { "nothing", N_("Nothing in particular"), NULL },
  { "walking", N_("Walking"), NULL },
  { "cough_sneeze", N_("Coughing, sneezing or straining"), NULL },
  { "both", N_("Both"), N_("Walking, and also coughing, sneezing or straining") },
};

static const SwTriageOption trend_options[] = {
  { "better", N_("Getting better"), NULL },
  { "same", N_("About the same"), NULL },
  { "worse", N_("Getting worse"), NULL },
};

static const SwTriageOption duration_options[] = {
  { "lt_1d", N_("Less than a day"), NULL },
  { "d1_3", N_("One to three days"), NULL },
  { "gt_3d", N_("More than three days"), NULL },
};

#define OPTIONS(array) array, G_N_ELEMENTS (array)

static const SwTriageQuestion questions[N_QUESTIONS] = {
  { "rf_saddle", 1,
    N_("Do you have new numbness, tingling or an odd feeling between your legs?"),
    N_("This means the “saddle area”: the parts that would touch a bicycle saddle — "
       "around the genitals and back passage, the buttocks and the inner thighs. "
       "Toilet paper may feel different when you wipe, or sex may feel less than "
       "before."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "rf_bladder_bowel", 2,
    N_("Has your bladder or bowel control changed in a way that is new for you?"),
    N_("For example you cannot pass urine, it is hard to start or the flow is weak, "
       "you leak, you no longer feel when your bladder is full, or you cannot feel "
       "or hold back a bowel movement. Pain alone can make going to the toilet "
       "awkward; what matters is a new change in control or feeling."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "rf_weakness_rapid", 3,
    N_("Is either leg badly weak, or getting weaker quickly?"),
    N_("For example your foot slaps or drags when you walk, you cannot lift the "
       "front of your foot or rise onto your toes, or your leg gives way. Mild "
       "weakness that is not changing comes in a later question."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "rf_both_legs", 4,
    N_("Do shooting pain, numbness or pins and needles run down both of your legs?"),
    NULL,
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "rf_limb", 5,
    N_("Has your foot or lower leg turned cold, pale, blue or grey, or does your "
       "calf or ankle look out of shape after a snap or crack?"),
    N_("Compare it with your other leg."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "rf_chest", 6,
    N_("Are you suddenly short of breath, coughing up blood, or having chest pain "
       "that gets worse when you breathe in?"),
    N_("A blood clot from the leg can travel to the lungs."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "sudden_severe", 7,
    N_("Since the massage, has the pain suddenly become severe, so that you cannot "
       "stand or walk on that leg?"),
    N_("If the leg cannot hold you because it is weak rather than because it hurts, "
       "go back and answer “Yes” to the question about a badly weak leg."),
    OPTIONS (yes_no), "no", NULL, NULL },
  { "clot_signs", 8,
    N_("Is one calf swollen, warm, red or darker than usual, or do its veins feel "
       "hard and sore?"),
    N_("Compare both calves; usually only one is affected. A clot often gives a "
       "throbbing or cramping pain that is worse when you walk."),
    OPTIONS (yes_no_unsure), "no", NULL, NULL },
  { "sys_signs", 9,
    N_("Do any of these apply to you: fever or feeling very unwell, weight loss you "
       "cannot explain, cancer in the past, a recent fall or accident, or pain at "
       "night that no position eases?"),
    NULL,
    OPTIONS (yes_no), "no", NULL, NULL },
  { "group", 10,
    N_("Are you pregnant, or have you had surgery on your spine?"),
    NULL,
    OPTIONS (group_options), "none", NULL, NULL },
  { "radiation", 11,
    N_("Where does the pain go?"),
    N_("“Radiating” pain travels along the leg like a line, rather than spreading "
       "out as a general ache."),
    OPTIONS (radiation_options), "unsure", NULL, NULL },
  { "quality", 12,
    N_("What does the pain feel like?"),
    NULL,
    OPTIONS (quality_options), "unsure", NULL, NULL },
  { "numbness", 13,
    N_("Do you have numbness or pins and needles in your leg or foot?"),
    N_("This includes a feeling like walking on cotton wool."),
    OPTIONS (numbness_options), "unsure", NULL, NULL },
  { "weakness", 14,
    N_("Does your leg or foot feel weak?"),
    N_("If you are not sure: hold on to a worktop, take a few steps on your heels, "
       "then a few on your toes, and compare the two sides."),
    OPTIONS (weakness_options), "unsure", NULL, NULL },
  { "back_pain", 15,
    N_("Do you also have pain in your lower back?"),
    NULL,
    OPTIONS (no_yes), "no", NULL, NULL },
  { "worse_with", 16,
    N_("What makes the leg pain worse?"),
    NULL,
    OPTIONS (worse_with_options), "nothing", NULL, NULL },
  { "trend", 17,
    N_("Since you stopped massaging the calf, how is the pain?"),
    NULL,
    OPTIONS (trend_options), "same", NULL, NULL },
  { "duration", 18,
    N_("How long have you had this pain?"),
    NULL,
    OPTIONS (duration_options), "lt_1d", NULL, NULL },
  { "rest_relief", 19,
    N_("Does resting ease the pain?"),
    NULL,
    OPTIONS (yes_no), "no", "duration", "gt_3d" },
};

/* -------------------------------------------------------------------- rules */

/* One atom: `question ∈ values` (or `∉` when negate is set). */
typedef struct
{
  const char *question;
  const char *values[MAX_OPTIONS + 1];
  gboolean    negate;
} AtomDef;

/* One term: a derived term by name, or the OR of its atoms. */
typedef struct
{
  const char    *derived;
  const AtomDef *any_of;
} TermDef;

typedef struct
{
  const char    *name;
  const AtomDef *any_of;
} DerivedDef;

struct _SwTriageRule
{
  const char *id;
  SwOutcome   outcome;
  SwUrgency   urgency;
  const char *reason;
  const char *source;
  TermDef     all_of[MAX_TERMS];   /* AND; ends at the first empty term */
  const char *answered_first;      /* every question from answered_first */
  const char *answered_last;       /* to answered_last really answered */
};

#define IS(q, ...)     { .question = q, .values = { __VA_ARGS__, NULL } }
#define IS_NOT(q, ...) { .question = q, .values = { __VA_ARGS__, NULL }, .negate = TRUE }
#define ANY(...)       { .any_of = (const AtomDef[]) { __VA_ARGS__, { .question = NULL } } }
#define DERIVED(name)  { .derived = name }

#define NERVE_TYPE "nerve_type"

static const DerivedDef derived_terms[] = {
  { NERVE_TYPE,
    (const AtomDef[]) {
      IS ("radiation", "calf_to_foot", "from_back"),
      IS ("quality", "shooting"),
      IS ("numbness", "mild_steady", "unsure"),
      IS ("worse_with", "cough_sneeze", "both"),
      { .question = NULL },
    } },
};

/* Used when no rule fired (section 1.3 step 3). */
#define FALLBACK_RULE "W4"

static const SwTriageRule rules[N_RULES] = {
  { .id = "E1", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("You have new numbness or tingling in the saddle area. This can mean the "
                 "nerves to the bladder and bowel are being squeezed (cauda equina "
                 "syndrome), which needs treatment within hours."),
    .source = "[ref] NHS Sciatica; GIRFT CES pathway; Somerset NHS FT; [seed]",
    .all_of = { ANY (IS ("rf_saddle", "yes")) } },
  { .id = "E2", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("You noticed a new change in bladder or bowel control or feeling. With back "
                 "or leg pain this is a warning sign of cauda equina syndrome."),
    .source = "[ref] NHS Sciatica; GIRFT CES pathway; Somerset NHS FT; "
              "[seed] lists incontinence only",
    .all_of = { ANY (IS ("rf_bladder_bowel", "yes")) } },
  { .id = "E3", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("Your leg is badly weak or getting weaker fast, which means a nerve may be "
                 "losing its function."),
    .source = "[ref] NHS Sciatica; NHS Lothian red flags; NICE CKS",
    .all_of = { ANY (IS ("rf_weakness_rapid", "yes")) } },
  { .id = "E4", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("You have nerve pain, numbness or pins and needles in both legs, a warning "
                 "sign of cauda equina syndrome."),
    .source = "[ref] NHS Sciatica; GIRFT",
    .all_of = { ANY (IS ("rf_both_legs", "yes")) } },
  { .id = "E5", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("Your foot or leg is cold, pale or blue, or looks out of shape after a snap. "
                 "This needs emergency care."),
    .source = "[ref] NHS Sprains and strains",
    .all_of = { ANY (IS ("rf_limb", "yes")) } },
  { .id = "E6", .outcome = SW_OUTCOME_EMERGENCY, .urgency = SW_URGENCY_NONE,
    .reason = N_("You are short of breath, have chest pain or are coughing up blood. With a "
                 "painful calf this can mean a blood clot has reached the lungs."),
    .source = "[ref] NHS/UCLH DVT",
    .all_of = { ANY (IS ("rf_chest", "yes")) } },
  { .id = "S1", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_TODAY,
    .reason = N_("The pain suddenly became severe and you cannot stand or walk on the leg. A "
                 "torn muscle or tendon, a blood clot or a slipped disc needs to be ruled out "
                 "the same day."),
    .source = "[seed] ④; [ref] NHS Sprains and strains, NHS DVT",
    .all_of = { ANY (IS ("sudden_severe", "yes")) } },
  { .id = "S2", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_TODAY,
    .reason = N_("Your calf is swollen, warm or red, which may be a blood clot (deep vein "
                 "thrombosis). Do not massage or stretch it."),
    .source = "[ref] NHS/UCLH DVT (not in seed)",
    .all_of = { ANY (IS ("clot_signs", "yes")) } },
  { .id = "S3", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_TODAY,
    .reason = N_("You mentioned fever or feeling very unwell, weight loss you cannot "
                 "explain, a past cancer, a recent fall or accident, or night pain that no "
                 "position eases. A doctor should rule out an infection, a fracture or "
                 "another illness."),
    .source = "[ref] NICE NG59 (exclude specific causes); NICE CKS",
    .all_of = { ANY (IS ("sys_signs", "yes")) } },
  { .id = "S4", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_TODAY,
    .reason = N_("You are pregnant or have had spine surgery, which changes what is safe. "
                 "Contact your midwife, doctor or surgical team."),
    .source = "[seed]; pregnancy also raises clot risk [ref] UCLH DVT",
    .all_of = { ANY (IS ("group", "pregnant", "post_spine_surgery")) } },
  { .id = "S5", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_TODAY,
    .reason = N_("You were not sure about one of the warning signs. Let a clinician check it "
                 "today."),
    .source = "[app]",
    .all_of = { ANY (IS ("rf_saddle", "unsure"),
                     IS ("rf_bladder_bowel", "unsure"),
                     IS ("rf_weakness_rapid", "unsure"),
                     IS ("rf_both_legs", "unsure"),
                     IS ("rf_limb", "unsure"),
                     IS ("rf_chest", "unsure"),
                     IS ("clot_signs", "unsure")) } },
  { .id = "S6", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("The pain has lasted more than three days and resting does not ease it."),
    .source = "[seed] ①",
    .all_of = { ANY (IS ("duration", "gt_3d")),
                ANY (IS ("rest_relief", "no")) } },
  { .id = "S7", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("Walking makes the leg pain worse, and you also have back pain, numbness or "
                 "weakness."),
    .source = "[seed] ②",
    .all_of = { ANY (IS ("worse_with", "walking", "both")),
                ANY (IS ("back_pain", "yes"),
                     IS_NOT ("numbness", "none"),
                     IS_NOT ("weakness", "no")) } },
  { .id = "S8", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("Your leg or foot may be weak. Any leg weakness should be examined."),
    .source = "[ref] MSD Manual; NHS Lothian (foot drop)",
    .all_of = { ANY (IS ("weakness", "yes", "unsure")) } },
  { .id = "S9", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("The numbness is spreading or getting worse."),
    .source = "[ref] NHS Sciatica (getting worse)",
    .all_of = { ANY (IS ("numbness", "worsening")) } },
  { .id = "S10", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("The pain has nerve-type features — it radiates, shoots or tingles — and it "
                 "is not easing."),
    .source = "[ref] NHS Sciatica (see a GP if not improving)",
    .all_of = { DERIVED (NERVE_TYPE),
                ANY (IS ("trend", "same", "worse")) } },
  { .id = "S11", .outcome = SW_OUTCOME_SEE_DOCTOR_SOON, .urgency = SW_URGENCY_SOON,
    .reason = N_("The pain is still getting worse after you stopped massaging."),
    .source = "[seed] step 1; [ref] NHS Sciatica",
    .all_of = { ANY (IS ("trend", "worse")) } },
  { .id = "W1", .outcome = SW_OUTCOME_WATCH_AND_SELF_CARE, .urgency = SW_URGENCY_NONE,
    .reason = N_("The pain has some nerve-type features, but they are mild and easing."),
    .source = "[ref] NHS Sciatica (most settle in 4–6 weeks)",
    .all_of = { DERIVED (NERVE_TYPE),
                ANY (IS ("trend", "better")) } },
  { .id = "W2", .outcome = SW_OUTCOME_WATCH_AND_SELF_CARE, .urgency = SW_URGENCY_NONE,
    .reason = N_("You also have lower back pain, which is worth keeping an eye on."),
    .source = "[seed] step 1",
    .all_of = { ANY (IS ("back_pain", "yes")) } },
  { .id = "W3", .outcome = SW_OUTCOME_WATCH_AND_SELF_CARE, .urgency = SW_URGENCY_NONE,
    .reason = N_("The pain is not easing yet."),
    .source = "[seed] step 1",
    .all_of = { ANY (IS ("trend", "same")) } },
  { .id = "W4", .outcome = SW_OUTCOME_WATCH_AND_SELF_CARE, .urgency = SW_URGENCY_NONE,
    .reason = N_("Some answers were “not sure” or left out, so ordinary muscle soreness "
                 "cannot be assumed."),
    .source = "[app]",
    .all_of = { ANY (IS ("radiation", "unsure"),
                     IS ("quality", "unsure"),
                     IS ("numbness", "unsure")) } },
  { .id = "M1", .outcome = SW_OUTCOME_LIKELY_MUSCULAR, .urgency = SW_URGENCY_NONE,
    .reason = N_("The pain is easing since you stopped massaging, stays in the muscle and "
                 "feels like an even ache, with no shooting pain, numbness, weakness or back "
                 "pain."),
    .source = "[seed] steps 1–2",
    .all_of = { ANY (IS ("trend", "better")),
                ANY (IS ("radiation", "spot")),
                ANY (IS ("quality", "dull_ache")),
                ANY (IS ("numbness", "none")),
                ANY (IS ("weakness", "no")),
                ANY (IS ("back_pain", "no")),
                ANY (IS ("worse_with", "nothing", "walking")) },
    .answered_first = "radiation", .answered_last = "duration" },
};

/* ------------------------------------------------------------------- advice */

#define MAX_STEPS 7

struct _SwTriageAdvice
{
  SwOutcome   outcome;
  SwUrgency   urgency;
  const char *headline;
  const char *summary;
  const char *steps[MAX_STEPS + 1];      /* NULL-terminated */
  const char *seek_care[MAX_STEPS + 1];  /* NULL-terminated */
  SwOffer     exercises;
  SwOffer     massage;
  gboolean    compress;
  const char *plan;
};

static const SwTriageAdvice advice_table[] = {
  { SW_OUTCOME_EMERGENCY, SW_URGENCY_NONE,
    N_("Get emergency help now."),
    N_("Your answers include a sign that needs emergency care. Squeezed nerves to "
       "the bladder and bowel do best when they are freed within hours, and chest "
       "symptoms can mean a clot in the lung. Do not wait to see whether it "
       "passes."),
    { N_("Go to the nearest emergency department now."),
      N_("If you cannot get there safely, call your local emergency number: 120 in "
         "mainland China, 999 in the UK, 911 in the US, 112 in the EU."),
      N_("Do not drive yourself."),
      N_("Do not massage, stretch or exercise the leg."),
      N_("Tell the staff which signs you have and when they began."),
      NULL },
    { NULL },
    SW_OFFER_NONE, SW_OFFER_NONE, FALSE, NULL },
  { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_TODAY,
    N_("Get checked in person today."),
    N_("Your answers need a doctor to examine you today. This is not an emergency "
       "yet, but it should not wait until tomorrow."),
    { N_("See a GP or an urgent care clinic today. If none is open, go to the "
         "emergency department."),
      N_("If you are pregnant, call your midwife or maternity unit."),
      N_("If you have had spine surgery, call your surgical team."),
      N_("Stop massaging the calf. If it is swollen, warm or red, do not rub or "
         "stretch it at all."),
      N_("Move only as much as is comfortable."),
      NULL },
    { N_("If any of the emergency signs below appears, go to the emergency "
         "department at once."),
      NULL },
    SW_OFFER_NONE, SW_OFFER_NONE, FALSE, NULL },
  { SW_OUTCOME_SEE_DOCTOR_SOON, SW_URGENCY_SOON,
    N_("Book a doctor’s appointment in the next few days."),
    N_("Your answers should be looked at by a doctor, but not as an emergency."),
    { N_("Book an appointment with a GP, or an orthopaedic or rehabilitation "
         "clinic."),
      N_("Until then, stop massaging the calf."),
      N_("Keep gently active: avoid bed rest and long spells of sitting, and get up "
         "every 30 minutes."),
      N_("Use the cold or warm compress timer."),
      N_("Log your symptoms every day so the doctor can see how they have changed."),
      N_("Stop any movement that sends pain further down the leg."),
      NULL },
    { N_("If any of the emergency signs below appears before your appointment, go "
         "to the emergency department at once."),
      NULL },
    SW_OFFER_GENTLE, SW_OFFER_NONE, TRUE, "flare" },
  { SW_OUTCOME_WATCH_AND_SELF_CARE, SW_URGENCY_NONE,
    N_("Look after it at home and watch it."),
    N_("Nothing in your answers needs a doctor right now, but this is not clearly "
       "ordinary muscle soreness either."),
    { N_("Leave the sore calf alone for now: no massage."),
      N_("Stay active within what is comfortable."),
      N_("Try the gentle flare-up exercises."),
      N_("Get up and move every 30 minutes."),
      N_("Use the cold or warm compress timer."),
      N_("Log how it feels each day, and run this check again in 2–3 days or "
         "whenever something changes."),
      NULL },
    { N_("See a doctor if the pain lasts more than three days and rest does not "
         "ease it."),
      N_("See a doctor if numbness or weakness appears."),
      N_("See a doctor if the pain spreads below the knee and is not easing, or if "
         "it gets worse."),
      N_("Most nerve-related leg pain settles within 4–6 weeks. If it is not "
         "clearly better after a few weeks, book a routine appointment."),
      NULL },
    SW_OFFER_GENTLE, SW_OFFER_NONE, TRUE, "flare" },
  { SW_OUTCOME_LIKELY_MUSCULAR, SW_URGENCY_NONE,
    N_("This looks like ordinary muscle soreness."),
    N_("Your answers fit a sore muscle, which usually settles by itself within a "
       "few days."),
    { N_("Give the calf a day or two off massage."),
      N_("After that, massage only with gentle pressure, never into sharp pain, and "
         "stop if the pain shoots, burns or spreads."),
      N_("If the soreness began with a strain or a knock, skip massage and heat for "
         "the first 2–3 days."),
      N_("Use cold for the first 72 hours, then warmth."),
      N_("Keep walking, and do gentle calf stretches."),
      NULL },
    { N_("Run the check again if the pain starts to shoot, tingle or go numb, if "
         "back pain joins in, or if it has not eased after three days."),
      NULL },
    SW_OFFER_FULL, SW_OFFER_GENTLE, TRUE, "persona" },
};

static const char *const emergency_signs[] = {
  N_("New numbness or tingling around the genitals, back passage, buttocks or "
     "inner thighs"),
  N_("New trouble controlling or feeling your bladder or bowels"),
  N_("Leg weakness that is severe or getting worse quickly"),
  N_("Shooting pain, numbness or pins and needles in both legs"),
  N_("A foot or lower leg that turns cold, pale, blue or grey, or a calf or ankle "
     "that looks out of shape after a snap"),
  N_("Sudden shortness of breath, chest pain when breathing in, or coughing up "
     "blood"),
};

/* ----------------------------------------------------------- compiled tables */

/* Every term of every rule gets one bit. term_holds[q][o] has the bits of the
 * terms that `question q = option o` satisfies, so the terms an answer set
 * satisfies are the OR of one table entry per question, and a rule fires when
 * all of its term bits are set. */
typedef struct
{
  guint64 terms;        /* the rule's term bits (AND) */
  guint32 reads;        /* questions the condition reads */
  guint32 must_answer;  /* questions that must be really answered */
} CompiledRule;

typedef struct
{
  guint64      term_holds[N_QUESTIONS][MAX_OPTIONS];
  guint        n_terms;
  gint8        default_option[N_QUESTIONS];
  gint8        gate_question[N_QUESTIONS];  /* -1: always asked */
  guint8       gate_mask[N_QUESTIONS];
  guint8       red_flag_mask[N_QUESTIONS];  /* yes/unsure options of red-flag questions */
  CompiledRule rules[N_RULES];
  guint32      level_rules[SW_OUTCOME_EMERGENCY + 1];
  guint32      today_rules;
  guint32      red_flag_questions;
  int          today_known_after;  /* last question any same-day rule reads */
  guint        fallback_rule;
} Compiled;

struct _SwTriageAnswers
{
  gint8 option[N_QUESTIONS];  /* -1: unanswered */
};

struct _SwTriageResult
{
  SwOutcome               outcome;
  SwUrgency               urgency;
  guint32                 fired;
  guint32                 skipped;
  guint                   n_deciding;
  guint                   n_also;
  guint                   n_red_flags;
  const SwTriageAdvice   *advice;
  const SwTriageRule     *deciding[N_RULES + 1];
  const SwTriageRule     *also[N_RULES + 1];
  const SwTriageQuestion *red_flags[N_QUESTIONS + 1];
  SwTriageAnswers         answers;
};

G_DEFINE_BOXED_TYPE (SwTriageAnswers, sw_triage_answers,
                     sw_triage_answers_copy, sw_triage_answers_free)
G_DEFINE_BOXED_TYPE (SwTriageResult, sw_triage_result,
                     sw_triage_result_copy, sw_triage_result_free)

static int
find_question (const char *key)
{
  for (guint i = 0; i < N_QUESTIONS; i++)
    if (g_strcmp0 (questions[i].key, key) == 0)
      return (int) i;

  return -1;
}

static int
find_option (const SwTriageQuestion *question,
             const char             *value)
{
  for (guint i = 0; i < question->n_options; i++)
    if (g_strcmp0 (question->options[i].key, value) == 0)
      return (int) i;

  return -1;
}

static const DerivedDef *
find_derived (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (derived_terms); i++)
    if (g_str_equal (derived_terms[i].name, name))
      return &derived_terms[i];

  return NULL;
}

static int
resolve_question (const char *rule_id,
                  const char *key)
{
  int q = find_question (key);

  if (q < 0)
    g_error ("triage rule %s names unknown question “%s”", rule_id, key);

  return q;
}

/* Adds one term, the OR of @defs, as the next term bit. */
static void
compile_term (Compiled      *c,
              const char    *rule_id,
              const AtomDef *defs,
              CompiledRule  *cr)
{
  guint64 bit;

  if (c->n_terms == MAX_ALL_TERMS)
    g_error ("triage rules have more than %d terms", MAX_ALL_TERMS);
  bit = G_GUINT64_CONSTANT (1) << c->n_terms++;
  cr->terms |= bit;

  for (const AtomDef *def = defs; def->question != NULL; def++)
    {
      int q = resolve_question (rule_id, def->question);
      const SwTriageQuestion *question = &questions[q];
      guint8 mask = 0;

      for (guint v = 0; def->values[v] != NULL; v++)
        {
          int o = find_option (question, def->values[v]);

          if (o < 0)
            g_error ("triage rule %s: “%s” is not an option of “%s”",
                     rule_id, def->values[v], def->question);
          mask |= 1u << o;
        }

      if (def->negate)
        mask = ~mask & ((1u << question->n_options) - 1);

      for (guint o = 0; o < question->n_options; o++)
        if (mask & (1u << o))
          c->term_holds[q][o] |= bit;

      cr->reads |= 1u << q;
    }
}

static void
compile_tables (Compiled *c)
{
  int last_today = -1;

  memset (c, 0, sizeof *c);
  c->fallback_rule = G_MAXUINT;

  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      const SwTriageQuestion *question = &questions[q];

      g_assert (question->number == q + 1);
      g_assert (question->n_options <= MAX_OPTIONS);
      if (find_question (question->key) != (int) q)
        g_error ("triage question key “%s” is used twice", question->key);

      c->default_option[q] = find_option (question, question->if_unanswered);
      if (c->default_option[q] < 0)
        g_error ("triage question %s: bad if-unanswered value", question->key);

      c->gate_question[q] = -1;
      if (question->only_if_question != NULL)
        {
          int gate = find_question (question->only_if_question);
          int o = gate >= 0 ? find_option (&questions[gate], question->only_if_value) : -1;

          if (gate < 0 || gate >= (int) q || o < 0)
            g_error ("triage question %s: bad only-if condition", question->key);
          c->gate_question[q] = gate;
          c->gate_mask[q] = 1u << o;
        }
    }

  for (guint r = 0; r < N_RULES; r++)
    {
      const SwTriageRule *rule = &rules[r];
      CompiledRule *cr = &c->rules[r];

      for (guint t = 0; t < MAX_TERMS; t++)
        {
          const TermDef *def = &rule->all_of[t];

          if (def->derived == NULL && def->any_of == NULL)
            break;

          if (def->derived != NULL)
            {
              const DerivedDef *derived = find_derived (def->derived);

              if (derived == NULL)
                g_error ("triage rule %s names unknown term “%s”", rule->id, def->derived);
              compile_term (c, rule->id, derived->any_of, cr);
            }
          else
            compile_term (c, rule->id, def->any_of, cr);
        }

      if (rule->answered_first != NULL)
        {
          int first = resolve_question (rule->id, rule->answered_first);
          int last = resolve_question (rule->id, rule->answered_last);

          for (int q = first; q <= last; q++)
            cr->must_answer |= 1u << q;
          cr->reads |= cr->must_answer;
        }

      g_assert (cr->terms != 0);
      c->level_rules[rule->outcome] |= 1u << r;

      if (rule->urgency == SW_URGENCY_TODAY)
        {
          c->today_rules |= 1u << r;
          last_today = MAX (last_today, (int) g_bit_nth_msf (cr->reads, -1));
        }

      if (rule->outcome == SW_OUTCOME_EMERGENCY)
        c->red_flag_questions |= cr->reads;

      if (g_str_equal (rule->id, FALLBACK_RULE))
        c->fallback_rule = r;

      for (guint other = 0; other < r; other++)
        if (g_str_equal (rules[other].id, rule->id))
          g_error ("triage rule id %s is used twice", rule->id);
    }

  g_assert (c->fallback_rule < N_RULES);
  c->today_known_after = last_today;

  for (guint q = 0; q < N_QUESTIONS; q++)
    if (c->red_flag_questions & (1u << q))
      {
        int yes = find_option (&questions[q], "yes");
        int unsure = find_option (&questions[q], "unsure");

        if (yes >= 0)
          c->red_flag_mask[q] |= 1u << yes;
        if (unsure >= 0)
          c->red_flag_mask[q] |= 1u << unsure;
      }
}

static const Compiled *
get_compiled (void)
{
  static Compiled compiled;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      compile_tables (&compiled);
      g_once_init_leave (&ready, 1);
    }

  return &compiled;
}

/* ---------------------------------------------------------------- evaluation */

#define ALL_QUESTIONS ((guint32) ((1u << N_QUESTIONS) - 1))

typedef struct
{
  gint8   value[N_QUESTIONS];  /* effective option, -1 when skipped */
  guint32 skipped;
  guint32 answered;            /* really answered and not skipped */
} Effective;

/* Section 1.3 step 1: skipped questions have no value, unanswered ones take
 * their default, and a gated question (Q19) is skipped when its gate fails. */
static void
resolve (const Compiled        *c,
         const SwTriageAnswers *answers,
         guint32                skipped,
         Effective             *eff)
{
  eff->answered = 0;

  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      int gate = c->gate_question[q];

      if (gate >= 0 &&
          (eff->value[gate] < 0 || !(c->gate_mask[q] & (1u << eff->value[gate]))))
        skipped |= 1u << q;

      if (skipped & (1u << q))
        eff->value[q] = -1;
      else if (answers->option[q] >= 0)
        {
          eff->value[q] = answers->option[q];
          eff->answered |= 1u << q;
        }
      else
        eff->value[q] = c->default_option[q];
    }

  eff->skipped = skipped;
}

static guint32
fire_rules (const Compiled  *c,
            const Effective *eff)
{
  guint64 holds = 0;
  guint32 fired = 0;

  for (guint q = 0; q < N_QUESTIONS; q++)
    if (eff->value[q] >= 0)
      holds |= c->term_holds[q][eff->value[q]];

  for (guint r = 0; r < N_RULES; r++)
    {
      const CompiledRule *cr = &c->rules[r];

      if ((cr->terms & ~holds) == 0 &&
          (cr->reads & eff->skipped) == 0 &&
          (cr->must_answer & ~eff->answered) == 0)
        fired |= 1u << r;
    }

  return fired;
}

/* The winning level and the deciding rules (section 1.3 steps 2–4). */
static SwOutcome
decide (const Compiled *c,
        guint32         fired,
        guint32        *deciding)
{
  if (fired == 0)
    {
      *deciding = 1u << c->fallback_rule;
      return rules[c->fallback_rule].outcome;
    }

  for (int level = SW_OUTCOME_EMERGENCY; level > SW_OUTCOME_LIKELY_MUSCULAR; level--)
    if (fired & c->level_rules[level])
      {
        *deciding = fired & c->level_rules[level];
        return level;
      }

  *deciding = fired & c->level_rules[SW_OUTCOME_LIKELY_MUSCULAR];
  return SW_OUTCOME_LIKELY_MUSCULAR;
}

static SwTriageResult *
evaluate_with_skips (const SwTriageAnswers *answers,
                     guint32                skipped)
{
  const Compiled *c = get_compiled ();
  SwTriageResult *result;
  Effective eff;
  guint32 deciding;

  resolve (c, answers, skipped, &eff);

  result = g_new (SwTriageResult, 1);
  result->fired = fire_rules (c, &eff);
  result->skipped = eff.skipped;
  result->outcome = decide (c, result->fired, &deciding);
  result->answers = *answers;

  if (result->outcome != SW_OUTCOME_SEE_DOCTOR_SOON)
    result->urgency = SW_URGENCY_NONE;
  else if (deciding & c->today_rules)
    result->urgency = SW_URGENCY_TODAY;
  else
    result->urgency = SW_URGENCY_SOON;

  result->n_deciding = 0;
  result->n_also = 0;
  for (guint r = 0, rest = deciding | result->fired; rest != 0; r++, rest >>= 1)
    {
      if (deciding & (1u << r))
        result->deciding[result->n_deciding++] = &rules[r];
      else if (result->fired & (1u << r))
        result->also[result->n_also++] = &rules[r];
    }
  result->deciding[result->n_deciding] = NULL;
  result->also[result->n_also] = NULL;

  result->n_red_flags = 0;
  for (guint q = 0, rest = c->red_flag_questions; rest != 0; q++, rest >>= 1)
    if (eff.value[q] >= 0 && (c->red_flag_mask[q] >> eff.value[q]) & 1)
      result->red_flags[result->n_red_flags++] = &questions[q];
  result->red_flags[result->n_red_flags] = NULL;

  result->advice = sw_triage_get_advice (result->outcome, result->urgency);

  return result;
}

/**
 * sw_triage_evaluate:
 * @answers: a complete or partial answer set
 *
 * Evaluates @answers as given: unanswered questions take their "if
 * unanswered" value, and Q19 counts only when `duration = gt_3d`. Nothing
 * else is skipped, so a complete answer set gives the worked cases of
 * CONTENT-SPEC 1.6 exactly. Use sw_triage_evaluate_flow() for what the
 * questionnaire shows.
 *
 * Returns: (transfer full): the result
 */
SwTriageResult *
sw_triage_evaluate (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return evaluate_with_skips (answers, 0);
}

/* ---------------------------------------------------------------------- flow */

static gboolean
gate_open (const Compiled        *c,
           const SwTriageAnswers *answers,
           guint                  q)
{
  int gate = c->gate_question[q];
  int value;

  if (gate < 0)
    return TRUE;

  value = answers->option[gate] >= 0 ? answers->option[gate] : c->default_option[gate];

  return (c->gate_mask[q] >> value) & 1;
}

/* Section 1.3 step 5. With everything after @current skipped, the check is
 * over when an EMERGENCY rule fired, or when a same-day rule fired and every
 * question a same-day rule reads (Q1–Q10) has been asked. */
static gboolean
flow_ends_after (const Compiled        *c,
                 const SwTriageAnswers *answers,
                 int                    current)
{
  guint32 later = ALL_QUESTIONS & ~((2u << current) - 1);
  Effective eff;
  guint32 fired;

  resolve (c, answers, later, &eff);
  fired = fire_rules (c, &eff);

  if (fired & c->level_rules[SW_OUTCOME_EMERGENCY])
    return TRUE;

  return current >= c->today_known_after && (fired & c->today_rules) != 0;
}

/**
 * sw_triage_next_question:
 * @answers: the answers so far
 * @current_index: the question just answered (or left blank), or -1 at the
 *   start
 *
 * Returns: the index of the next question to ask, or -1 when the check is
 *   over and the result should be shown
 */
int
sw_triage_next_question (const SwTriageAnswers *answers,
                         int                    current_index)
{
  const Compiled *c = get_compiled ();

  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (current_index >= -1 && current_index < N_QUESTIONS, -1);

  if (current_index >= 0 && flow_ends_after (c, answers, current_index))
    return -1;

  for (guint q = current_index + 1; q < N_QUESTIONS; q++)
    if (gate_open (c, answers, q))
      return q;

  return -1;
}

static guint32
flow_asked (const SwTriageAnswers *answers)
{
  guint32 asked = 0;

  for (int q = sw_triage_next_question (answers, -1);
       q >= 0;
       q = sw_triage_next_question (answers, q))
    asked |= 1u << q;

  return asked;
}

/**
 * sw_triage_previous_question:
 * @answers: the answers so far
 * @current_index: the question on screen, or -1 for the result page
 *
 * Returns: the question asked before @current_index on the flow's path (the
 *   last one asked when @current_index is -1), or -1 if there is none
 */
int
sw_triage_previous_question (const SwTriageAnswers *answers,
                             int                    current_index)
{
  guint32 asked;

  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (current_index >= -1 && current_index < N_QUESTIONS, -1);

  asked = flow_asked (answers);
  if (current_index >= 0)
    asked &= (1u << current_index) - 1;

  return asked == 0 ? -1 : g_bit_nth_msf (asked, -1);
}

/**
 * sw_triage_answers_is_skipped:
 * @answers: the answers so far
 * @index: a question index
 *
 * Returns: %TRUE when the questionnaire flow, given @answers, does not ask
 *   question @index (sw_triage_evaluate_flow() treats it as skipped)
 */
gboolean
sw_triage_answers_is_skipped (const SwTriageAnswers *answers,
                              guint                  index)
{
  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (flow_asked (answers) & (1u << index)) == 0;
}

/**
 * sw_triage_evaluate_flow:
 * @answers: the answers given in the questionnaire
 *
 * Evaluates @answers as the questionnaire saw them: every question the flow
 * does not ask (see sw_triage_answers_is_skipped()) is skipped, so its rules
 * cannot fire and any stale answer to it is ignored. Questions the flow
 * reached but that were left blank take their "if unanswered" value.
 *
 * Returns: (transfer full): the result
 */
SwTriageResult *
sw_triage_evaluate_flow (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return evaluate_with_skips (answers, ALL_QUESTIONS & ~flow_asked (answers));
}

/* ------------------------------------------------------------------ strings */

const char *
sw_outcome_to_string (SwOutcome outcome)
{
  switch (outcome)
    {
    case SW_OUTCOME_LIKELY_MUSCULAR:
      return "LIKELY_MUSCULAR";
    case SW_OUTCOME_WATCH_AND_SELF_CARE:
      return "WATCH_AND_SELF_CARE";
    case SW_OUTCOME_SEE_DOCTOR_SOON:
      return "SEE_DOCTOR_SOON";
    case SW_OUTCOME_EMERGENCY:
      return "EMERGENCY";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
sw_outcome_from_string (const char *text,
                        SwOutcome  *outcome)
{
  g_return_val_if_fail (outcome != NULL, FALSE);

  for (int o = SW_OUTCOME_LIKELY_MUSCULAR; o <= SW_OUTCOME_EMERGENCY; o++)
    if (g_strcmp0 (text, sw_outcome_to_string (o)) == 0)
      {
        *outcome = o;
        return TRUE;
      }

  return FALSE;
}

const char *
sw_outcome_get_label (SwOutcome outcome)
{
  switch (outcome)
    {
    case SW_OUTCOME_LIKELY_MUSCULAR:
      return _("Likely muscle soreness");
    case SW_OUTCOME_WATCH_AND_SELF_CARE:
      return _("Self-care and watch");
    case SW_OUTCOME_SEE_DOCTOR_SOON:
      return _("See a doctor");
    case SW_OUTCOME_EMERGENCY:
      return _("Emergency");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_urgency_to_string (SwUrgency urgency)
{
  switch (urgency)
    {
    case SW_URGENCY_NONE:
      return NULL;
    case SW_URGENCY_SOON:
      return "soon";
    case SW_URGENCY_TODAY:
      return "today";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sw_offer_to_string (SwOffer offer)
{
  switch (offer)
    {
    case SW_OFFER_NONE:
      return "none";
    case SW_OFFER_GENTLE:
      return "gentle";
    case SW_OFFER_FULL:
      return "full";
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
translate (const char *msgid)
{
  return msgid != NULL ? _(msgid) : NULL;
}

/* ---------------------------------------------------------------- questions */

guint
sw_triage_get_n_questions (void)
{
  return N_QUESTIONS;
}

const SwTriageQuestion *
sw_triage_get_question (guint index)
{
  g_return_val_if_fail (index < N_QUESTIONS, NULL);

  return &questions[index];
}

const SwTriageQuestion *
sw_triage_lookup_question (const char *key)
{
  int q;

  g_return_val_if_fail (key != NULL, NULL);

  q = find_question (key);

  return q >= 0 ? &questions[q] : NULL;
}

guint
sw_triage_question_get_index (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question >= questions && question < questions + N_QUESTIONS, 0);

  return question - questions;
}

int
sw_triage_question_find_option (const SwTriageQuestion *question,
                                const char             *value)
{
  g_return_val_if_fail (question != NULL, -1);

  return find_option (question, value);
}

const char *
sw_triage_question_get_text (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  return translate (question->text);
}

const char *
sw_triage_question_get_help (const SwTriageQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  return translate (question->help);
}

const char *
sw_triage_option_get_label (const SwTriageOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);

  return translate (option->label);
}

const char *
sw_triage_option_get_subtitle (const SwTriageOption *option)
{
  g_return_val_if_fail (option != NULL, NULL);

  return translate (option->subtitle);
}

/* -------------------------------------------------------------------- rules */

guint
sw_triage_get_n_rules (void)
{
  return N_RULES;
}

const SwTriageRule *
sw_triage_get_rule (guint index)
{
  g_return_val_if_fail (index < N_RULES, NULL);

  return &rules[index];
}

const SwTriageRule *
sw_triage_lookup_rule (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint r = 0; r < N_RULES; r++)
    if (g_str_equal (rules[r].id, id))
      return &rules[r];

  return NULL;
}

guint
sw_triage_rule_get_index (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule >= rules && rule < rules + N_RULES, 0);

  return rule - rules;
}

const char *
sw_triage_rule_get_id (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return rule->id;
}

SwOutcome
sw_triage_rule_get_outcome (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, SW_OUTCOME_WATCH_AND_SELF_CARE);

  return rule->outcome;
}

SwUrgency
sw_triage_rule_get_urgency (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, SW_URGENCY_NONE);

  return rule->urgency;
}

const char *
sw_triage_rule_get_reason (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return _(rule->reason);
}

const char *
sw_triage_rule_get_source (const SwTriageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return rule->source;
}

gboolean
sw_triage_rule_reads_question (const SwTriageRule *rule,
                               guint               index)
{
  g_return_val_if_fail (rule >= rules && rule < rules + N_RULES, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (get_compiled ()->rules[rule - rules].reads >> index) & 1;
}

static void
append_atoms (GString       *out,
              const AtomDef *atoms,
              gboolean       parenthesise)
{
  gboolean several = atoms[0].question != NULL && atoms[1].question != NULL;

  if (several && parenthesise)
    g_string_append_c (out, '(');

  for (const AtomDef *atom = atoms; atom->question != NULL; atom++)
    {
      if (atom != atoms)
        g_string_append (out, " OR ");

      g_string_append_printf (out, "`%s ", atom->question);
      if (atom->values[1] == NULL)
        g_string_append_printf (out, "%s %s`", atom->negate ? "≠" : "=", atom->values[0]);
      else
        {
          g_string_append (out, atom->negate ? "∉ {" : "∈ {");
          for (guint v = 0; atom->values[v] != NULL; v++)
            g_string_append_printf (out, "%s%s", v > 0 ? ", " : "", atom->values[v]);
          g_string_append (out, "}`");
        }
    }

  if (several && parenthesise)
    g_string_append_c (out, ')');
}

/**
 * sw_triage_rule_get_condition:
 * @rule: a rule
 *
 * Renders the rule's condition from the table, e.g.
 * "`worse_with ∈ {walking, both}` AND (`back_pain = yes` OR …)".
 *
 * Returns: (transfer full): the condition
 */
char *
sw_triage_rule_get_condition (const SwTriageRule *rule)
{
  GString *out = g_string_new (NULL);
  guint n_terms = 0;

  g_return_val_if_fail (rule != NULL, NULL);

  while (n_terms < MAX_TERMS &&
         (rule->all_of[n_terms].derived != NULL || rule->all_of[n_terms].any_of != NULL))
    n_terms++;

  if (rule->answered_first != NULL)
    g_string_append_printf (out, "Q%u–Q%u (`%s` … `%s`) all really answered AND ",
                            questions[find_question (rule->answered_first)].number,
                            questions[find_question (rule->answered_last)].number,
                            rule->answered_first, rule->answered_last);

  for (guint t = 0; t < n_terms; t++)
    {
      const TermDef *term = &rule->all_of[t];

      if (t > 0)
        g_string_append (out, " AND ");

      if (term->derived != NULL)
        g_string_append_printf (out, "**%s**", term->derived);
      else
        append_atoms (out, term->any_of, n_terms > 1 || rule->answered_first != NULL);
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ answers */

SwTriageAnswers *
sw_triage_answers_new (void)
{
  SwTriageAnswers *answers = g_new (SwTriageAnswers, 1);

  memset (answers->option, -1, sizeof answers->option);

  return answers;
}

SwTriageAnswers *
sw_triage_answers_copy (const SwTriageAnswers *answers)
{
  g_return_val_if_fail (answers != NULL, NULL);

  return g_memdup2 (answers, sizeof *answers);
}

void
sw_triage_answers_free (SwTriageAnswers *answers)
{
  g_free (answers);
}

static char *
join_question_keys (void)
{
  GString *out = g_string_new (NULL);

  for (guint q = 0; q < N_QUESTIONS; q++)
    g_string_append_printf (out, "%s%s", q > 0 ? ", " : "", questions[q].key);

  return g_string_free (out, FALSE);
}

static char *
join_option_keys (const SwTriageQuestion *question)
{
  GString *out = g_string_new (NULL);

  for (guint o = 0; o < question->n_options; o++)
    g_string_append_printf (out, "%s%s", o > 0 ? ", " : "", question->options[o].key);

  return g_string_free (out, FALSE);
}

static gboolean
lookup_answer (const char  *key,
               const char  *value,
               int         *question_out,
               int         *option_out,
               GError     **error)
{
  int q = find_question (key);
  int o;

  if (q < 0)
    {
      g_autofree char *valid = join_question_keys ();

      g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_QUESTION,
                   _("There is no question “%s”. Valid questions: %s."), key, valid);
      return FALSE;
    }

  o = find_option (&questions[q], value);
  if (o < 0)
    {
      g_autofree char *valid = join_option_keys (&questions[q]);

      g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_UNKNOWN_VALUE,
                   _("“%s” is not an answer to “%s”. Valid answers: %s."),
                   value, key, valid);
      return FALSE;
    }

  *question_out = q;
  *option_out = o;

  return TRUE;
}

/**
 * sw_triage_answers_set:
 * @answers: the answers
 * @key: a question key, e.g. "rf_saddle"
 * @value: one of its option keys, e.g. "no"
 * @error: return location for a #GError
 *
 * Returns: %TRUE if @key and @value are valid and the answer was stored
 */
gboolean
sw_triage_answers_set (SwTriageAnswers  *answers,
                       const char       *key,
                       const char       *value,
                       GError          **error)
{
  int q, o;

  g_return_val_if_fail (answers != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lookup_answer (key, value, &q, &o, error))
    return FALSE;

  answers->option[q] = o;

  return TRUE;
}

void
sw_triage_answers_unset (SwTriageAnswers *answers,
                         const char      *key)
{
  int q;

  g_return_if_fail (answers != NULL);
  g_return_if_fail (key != NULL);

  q = find_question (key);
  g_return_if_fail (q >= 0);

  answers->option[q] = -1;
}

const char *
sw_triage_answers_get (const SwTriageAnswers *answers,
                       const char            *key)
{
  int q;

  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  q = find_question (key);
  g_return_val_if_fail (q >= 0, NULL);

  return answers->option[q] >= 0 ? questions[q].options[answers->option[q]].key : NULL;
}

void
sw_triage_answers_set_option (SwTriageAnswers *answers,
                              guint            question,
                              int              option)
{
  g_return_if_fail (answers != NULL);
  g_return_if_fail (question < N_QUESTIONS);
  g_return_if_fail (option >= -1 && option < (int) questions[question].n_options);

  answers->option[question] = option;
}

int
sw_triage_answers_get_option (const SwTriageAnswers *answers,
                              guint                  question)
{
  g_return_val_if_fail (answers != NULL, -1);
  g_return_val_if_fail (question < N_QUESTIONS, -1);

  return answers->option[question];
}

/**
 * sw_triage_answers_parse:
 * @text: answers as "key=value,key=value"
 * @error: return location for a #GError
 *
 * Parses the answers `sitwell --check` takes. Whitespace around keys, values
 * and commas is ignored, and an empty (or blank) @text gives no answers.
 *
 * Returns: (transfer full): the answers, or %NULL with @error set
 */
SwTriageAnswers *
sw_triage_answers_parse (const char  *text,
                         GError     **error)
{
  g_autoptr(SwTriageAnswers) answers = NULL;
  g_auto(GStrv) pairs = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answers = sw_triage_answers_new ();
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return g_steal_pointer (&answers);

  pairs = g_strsplit (trimmed, ",", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      char *pair = g_strstrip (pairs[i]);
      char *equals = strchr (pair, '=');
      char *key, *value;
      int q, o;

      if (*pair == '\0')
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("Answer %u is empty; separate key=value pairs with single commas."),
                       i + 1);
          return NULL;
        }

      if (equals == NULL || strchr (equals + 1, '=') != NULL)
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("“%s” is not of the form key=value."), pair);
          return NULL;
        }

      *equals = '\0';
      key = g_strstrip (pair);
      value = g_strstrip (equals + 1);
      if (*key == '\0' || *value == '\0')
        {
          *equals = '=';
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_MALFORMED,
                       _("“%s” is not of the form key=value."), pairs[i]);
          return NULL;
        }

      if (!lookup_answer (key, value, &q, &o, error))
        return NULL;

      if (answers->option[q] >= 0)
        {
          g_set_error (error, SW_TRIAGE_ERROR, SW_TRIAGE_ERROR_DUPLICATE,
                       _("“%s” is answered more than once."), key);
          return NULL;
        }

      answers->option[q] = o;
    }

  return g_steal_pointer (&answers);
}

char *
sw_triage_answers_to_string (const SwTriageAnswers *answers)
{
  GString *out;

  g_return_val_if_fail (answers != NULL, NULL);

  out = g_string_new (NULL);
  for (guint q = 0; q < N_QUESTIONS; q++)
    if (answers->option[q] >= 0)
      g_string_append_printf (out, "%s%s=%s", out->len > 0 ? "," : "",
                              questions[q].key, questions[q].options[answers->option[q]].key);

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------- result */

SwTriageResult *
sw_triage_result_copy (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return g_memdup2 (result, sizeof *result);
}

void
sw_triage_result_free (SwTriageResult *result)
{
  g_free (result);
}

SwOutcome
sw_triage_result_get_outcome (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OUTCOME_WATCH_AND_SELF_CARE);

  return result->outcome;
}

SwUrgency
sw_triage_result_get_urgency (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_URGENCY_NONE);

  return result->urgency;
}

const SwTriageRule *const *
sw_triage_result_get_deciding (const SwTriageResult *result,
                               guint                *n_rules)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_rules != NULL)
    *n_rules = result->n_deciding;

  return result->deciding;
}

const SwTriageRule *const *
sw_triage_result_get_also_noted (const SwTriageResult *result,
                                 guint                *n_rules)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_rules != NULL)
    *n_rules = result->n_also;

  return result->also;
}

gboolean
sw_triage_result_rule_fired (const SwTriageResult *result,
                             const SwTriageRule   *rule)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (rule >= rules && rule < rules + N_RULES, FALSE);

  return (result->fired >> (rule - rules)) & 1;
}

SwOffer
sw_triage_result_get_exercises (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OFFER_NONE);

  return result->advice->exercises;
}

SwOffer
sw_triage_result_get_massage (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, SW_OFFER_NONE);

  return result->advice->massage;
}

gboolean
sw_triage_result_get_compress (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, FALSE);

  return result->advice->compress;
}

const char *
sw_triage_result_get_plan (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->advice->plan;
}

const SwTriageQuestion *const *
sw_triage_result_get_red_flags (const SwTriageResult *result,
                                guint                *n_questions)
{
  g_return_val_if_fail (result != NULL, NULL);

  if (n_questions != NULL)
    *n_questions = result->n_red_flags;

  return result->red_flags;
}

const SwTriageAnswers *
sw_triage_result_get_answers (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return &result->answers;
}

gboolean
sw_triage_result_is_skipped (const SwTriageResult *result,
                             guint                 index)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (index < N_QUESTIONS, FALSE);

  return (result->skipped >> index) & 1;
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json_string_or_null (GString    *out,
                            const char *text)
{
  if (text == NULL)
    g_string_append (out, "null");
  else
    append_json_string (out, text);
}

static void
append_json_rules (GString                   *out,
                   const SwTriageRule *const *list)
{
  g_string_append_c (out, '[');
  for (guint i = 0; list[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_json_string (out, list[i]->id);
    }
  g_string_append_c (out, ']');
}

/**
 * sw_triage_result_to_json:
 * @result: a result
 *
 * The one JSON object `sitwell --check` prints, without a trailing newline:
 * `{"outcome": "SEE_DOCTOR_SOON", "urgency": "soon", "deciding": ["S6"],
 * "also": ["W1"], "offers": {"exercises": "gentle", "massage": "none",
 * "compress": true, "plan": "flare"}}`. `urgency` is null outside
 * SEE_DOCTOR_SOON and `plan` null when no plan is offered.
 *
 * Returns: (transfer full): the JSON text
 */
char *
sw_triage_result_to_json (const SwTriageResult *result)
{
  GString *out;

  g_return_val_if_fail (result != NULL, NULL);

  out = g_string_new ("{\"outcome\": ");
  append_json_string (out, sw_outcome_to_string (result->outcome));
  g_string_append (out, ", \"urgency\": ");
  append_json_string_or_null (out, sw_urgency_to_string (result->urgency));
  g_string_append (out, ", \"deciding\": ");
  append_json_rules (out, result->deciding);
  g_string_append (out, ", \"also\": ");
  append_json_rules (out, result->also);
  g_string_append (out, ", \"offers\": {\"exercises\": ");
  append_json_string (out, sw_offer_to_string (result->advice->exercises));
  g_string_append (out, ", \"massage\": ");
  append_json_string (out, sw_offer_to_string (result->advice->massage));
  g_string_append_printf (out, ", \"compress\": %s, \"plan\": ",
                          result->advice->compress ? "true" : "false");
  append_json_string_or_null (out, result->advice->plan);
  g_string_append (out, "}}");

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------- advice */

const SwTriageAdvice *
sw_triage_get_advice (SwOutcome outcome,
                      SwUrgency urgency)
{
  g_return_val_if_fail (outcome <= SW_OUTCOME_EMERGENCY, NULL);
  g_return_val_if_fail (outcome != SW_OUTCOME_SEE_DOCTOR_SOON || urgency != SW_URGENCY_NONE,
                        NULL);

  if (outcome != SW_OUTCOME_SEE_DOCTOR_SOON)
    urgency = SW_URGENCY_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (advice_table); i++)
    if (advice_table[i].outcome == outcome && advice_table[i].urgency == urgency)
      return &advice_table[i];

  g_return_val_if_reached (NULL);
}

const SwTriageAdvice *
sw_triage_result_get_advice (const SwTriageResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return result->advice;
}

const char *
sw_triage_advice_get_headline (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, NULL);

  return _(advice->headline);
}

const char *
sw_triage_advice_get_summary (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, NULL);

  return _(advice->summary);
}

static guint
count_strings (const char *const *list)
{
  guint n = 0;

  while (list[n] != NULL)
    n++;

  return n;
}

guint
sw_triage_advice_get_n_steps (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, 0);

  return count_strings (advice->steps);
}

const char *
sw_triage_advice_get_step (const SwTriageAdvice *advice,
                           guint                 index)
{
  g_return_val_if_fail (advice != NULL, NULL);
  g_return_val_if_fail (index < count_strings (advice->steps), NULL);

  return _(advice->steps[index]);
}

guint
sw_triage_advice_get_n_seek_care (const SwTriageAdvice *advice)
{
  g_return_val_if_fail (advice != NULL, 0);

  return count_strings (advice->seek_care);
}

const char *
sw_triage_advice_get_seek_care (const SwTriageAdvice *advice,
                                guint                 index)
{
  g_return_val_if_fail (advice != NULL, NULL);
  g_return_val_if_fail (index < count_strings (advice->seek_care), NULL);

  return _(advice->seek_care[index]);
}

guint
sw_triage_get_n_emergency_signs (void)
{
  return G_N_ELEMENTS (emergency_signs);
}

const char *
sw_triage_get_emergency_sign (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (emergency_signs), NULL);

  return _(emergency_signs[index]);
}

const char *
sw_triage_get_disclaimer (void)
{
  return _("This check is not a diagnosis. It sorts your answers by how urgently you "
           "should get help, using published warning signs, but it cannot examine "
           "you. If you are worried, contact a doctor whatever the result.");
}

/* ----------------------------------------------------------------- markdown */

static void
append_cell (GString    *out,
             const char *text)
{
  g_string_append (out, " ");
  for (const char *p = text != NULL ? text : "—"; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

/**
 * sw_triage_rules_to_markdown:
 *
 * Everything the checker decides, rendered from the tables for review by a
 * clinician (`sitwell --check-rules`).
 *
 * Returns: (transfer full): Markdown text
 */
char *
sw_triage_rules_to_markdown (void)
{
  const Compiled *c = get_compiled ();
  GString *out = g_string_new (NULL);

  g_string_append (out, "# Sitwell symptom checker: questions and rules\n\n");
  g_string_append_printf (out, "%s\n\n", sw_triage_get_disclaimer ());

  g_string_append (out, "## Questions\n\n"
                   "| # | key | question | options | if unanswered | asked |\n"
                   "|---|---|---|---|---|---|\n");
  for (guint q = 0; q < N_QUESTIONS; q++)
    {
      const SwTriageQuestion *question = &questions[q];
      g_autoptr(GString) options = g_string_new (NULL);
      g_autofree char *key = g_strdup_printf ("`%s`", question->key);
      g_autofree char *fallback = g_strdup_printf ("`%s`", question->if_unanswered);
      g_autofree char *asked = NULL;
      g_autofree char *text = NULL;

      for (guint o = 0; o < question->n_options; o++)
        g_string_append_printf (options, "%s`%s` %s", o > 0 ? " · " : "",
                                question->options[o].key,
                                sw_triage_option_get_label (&question->options[o]));

      if (question->only_if_question != NULL)
        asked = g_strdup_printf ("only if `%s = %s`",
                                 question->only_if_question, question->only_if_value);
      else
        asked = g_strdup ("always");

      if (question->help != NULL)
        text = g_strdup_printf ("%s (%s)", sw_triage_question_get_text (question),
                                sw_triage_question_get_help (question));
      else
        text = g_strdup (sw_triage_question_get_text (question));

      g_string_append_printf (out, "| %u |", question->number);
      append_cell (out, key);
      append_cell (out, text);
      append_cell (out, options->str);
      append_cell (out, fallback);
      append_cell (out, asked);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "\n## Derived terms\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (derived_terms); i++)
    {
      g_string_append_printf (out, "- **%s** := ", derived_terms[i].name);
      append_atoms (out, derived_terms[i].any_of, FALSE);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "\n## Rules\n\n"
                   "| id | outcome | urgency | fires when | reason | source |\n"
                   "|---|---|---|---|---|---|\n");
  for (guint r = 0; r < N_RULES; r++)
    {
      const SwTriageRule *rule = &rules[r];
      g_autofree char *condition = sw_triage_rule_get_condition (rule);

      g_string_append (out, "|");
      append_cell (out, rule->id);
      append_cell (out, sw_outcome_to_string (rule->outcome));
      append_cell (out, sw_urgency_to_string (rule->urgency));
      append_cell (out, condition);
      append_cell (out, sw_triage_rule_get_reason (rule));
      append_cell (out, rule->source);
      g_string_append_c (out, '\n');
    }

  g_string_append (out,
                   "\n## Precedence\n\n"
                   "1. A skipped question has no value and a rule that reads it does "
                   "not fire; an unanswered question takes its “if unanswered” value. "
                   "A question asked “only if” counts only when that condition holds.\n");
  g_string_append_printf (out,
                          "2. Every rule is evaluated on its own. The outcome is the highest "
                          "level that fired: EMERGENCY > SEE_DOCTOR_SOON > "
                          "WATCH_AND_SELF_CARE > LIKELY_MUSCULAR.\n"
                          "3. If no rule fired, the outcome is WATCH_AND_SELF_CARE with %s "
                          "deciding.\n"
                          "4. Deciding rules are the fired rules at the winning level; the "
                          "others are “also noted”. Urgency is `today` if any deciding rule "
                          "is `today`, else `soon` (SEE_DOCTOR_SOON only).\n"
                          "5. Flow: a `yes` to a question an EMERGENCY rule reads "
                          "(Q%u–Q%u) ends the check at once; after Q%u, the last question a "
                          "`today` rule reads, a fired `today` rule ends the check.\n",
                          FALLBACK_RULE,
                          g_bit_nth_lsf (c->red_flag_questions, -1) + 1,
                          g_bit_nth_msf (c->red_flag_questions, -1) + 1,
                          c->today_known_after + 1);

  g_string_append (out, "\n## What each outcome offers\n\n"
                   "| outcome | urgency | headline | exercises | massage "
                   "| compress timer | plan |\n"
                   "|---|---|---|---|---|---|---|\n");
  for (guint i = 0; i < G_N_ELEMENTS (advice_table); i++)
    {
      const SwTriageAdvice *advice = &advice_table[i];

      g_string_append (out, "|");
      append_cell (out, sw_outcome_to_string (advice->outcome));
      append_cell (out, sw_urgency_to_string (advice->urgency));
      append_cell (out, _(advice->headline));
      append_cell (out, sw_offer_to_string (advice->exercises));
      append_cell (out, sw_offer_to_string (advice->massage));
      append_cell (out, advice->compress ? "yes" : "no");
      append_cell (out, advice->plan);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
