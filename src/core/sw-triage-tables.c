/* sw-triage-tables.c: the symptom checker's content — questions, rules and advice
 *
 * Copyright 2026 The Sitwell authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-triage-private.h"

#include <glib/gi18n-lib.h>

/*
 * Only data lives here, so a clinician reviewing the checker reads this file
 * and CONTENT-SPEC side by side. Strings are msgids (N_()); the accessors in
 * sw-triage.c translate them. compile_tables() checks every key on first use.
 */

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

const SwTriageQuestion _sw_triage_questions[N_QUESTIONS] = {
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

#define IS(q, ...)     { .question = q, .values = { __VA_ARGS__, NULL } }
#define IS_NOT(q, ...) { .question = q, .values = { __VA_ARGS__, NULL }, .negate = TRUE }
#define ANY(...)       { .any_of = (const AtomDef[]) { __VA_ARGS__, { .question = NULL } } }
#define DERIVED(name)  { .derived = name }

#define NERVE_TYPE "nerve_type"

const DerivedDef _sw_triage_derived_terms[] = {
  { NERVE_TYPE,
    (const AtomDef[]) {
      IS ("radiation", "calf_to_foot", "from_back"),
      IS ("quality", "shooting"),
      IS ("numbness", "mild_steady", "unsure"),
      IS ("worse_with", "cough_sneeze", "both"),
      { .question = NULL },
    } },
};

const guint _sw_triage_n_derived_terms = G_N_ELEMENTS (_sw_triage_derived_terms);

const SwTriageRule _sw_triage_rules[N_RULES] = {
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

const SwTriageAdvice _sw_triage_advice[] = {
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

const guint _sw_triage_n_advice = G_N_ELEMENTS (_sw_triage_advice);

const char *const _sw_triage_emergency_signs[] = {
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

const guint _sw_triage_n_emergency_signs = G_N_ELEMENTS (_sw_triage_emergency_signs);

/* Shown with every result. */
const char *const _sw_triage_disclaimer =
  N_("This check is not a diagnosis. It sorts your answers by how urgently you "
     "should get help, using published warning signs, but it cannot examine "
     "you. If you are worried, contact a doctor whatever the result.");
