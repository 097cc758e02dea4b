-- Infra schema v11: a plan version's role is stored as a code (baseline, replan), like every other code; the German
-- words (Ausgangsplan, Fortschreibung) are looked up in the glossary (domain plan_label) where people read them.
UPDATE plan_versions SET label = 'baseline' WHERE label = 'Ausgangsplan';
UPDATE plan_versions SET label = 'replan' WHERE label = 'Fortschreibung';
