#pragma once

class BankRepository;
class PlanRepository;
class SettingsStore;

// The plan templates that ship with the app (resources/plans/templates.json), created
// on first run like the shipped bank. A later release adds its new templates only: a
// template the user edited or deleted is never touched again.
namespace shippedplans {

int shippedVersion();
int installedVersion(const SettingsStore &settings);
// Creates the templates this database has not seen; returns how many. Templates whose
// questions are missing from the bank (deleted by the user) keep the ones still there.
// A template installed by an earlier release that the user never edited and that has
// no competencies gets the template's competencies and item mapping (templates version
// 2); an edited one is left as it is.
int installIfNewer(PlanRepository &plans, const BankRepository &bank, SettingsStore &settings);

} // namespace shippedplans
