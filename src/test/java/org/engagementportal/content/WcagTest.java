package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.checks.FastRules;
import org.engagementportal.checks.Rule;
import org.junit.jupiter.api.Test;

/** Criteria named as WCAG 2.2 names them: the accessibility statement names each one content fails. */
class WcagTest {
    @Test
    void eachRuleSpellsItsCriterionAsWcagNamesIt() {
        Map<String, String> differ = new TreeMap<>();
        for (Rule r : FastRules.ALL) {
            String criterion = r.criterion();
            if (!criterion.equals(Wcag.BEST_PRACTICE) && !criterion.equals(Wcag.named(criterion.split(" ", 2)[0]))) {
                differ.put(r.id(), criterion + " / " + Wcag.named(criterion.split(" ", 2)[0]));
            }
        }
        assertEquals(Map.of(), differ);
    }

    @Test
    void criteriaAreNamedWithTheirNumbers() {
        assertEquals("1.2.2 Captions (Prerecorded)", Wcag.named("1.2.2"));
        assertEquals("3.3.4 Error Prevention (Legal, Financial, Data)", Wcag.named("3.3.4"));
        assertEquals("4.1.2 Name, Role, Value", Wcag.named("4.1.2"));
        assertTrue(Wcag.known("2.5.8"));
        assertFalse(Wcag.known("4.1.1"), "removed in WCAG 2.2");
        assertFalse(Wcag.known("1.2"));
        assertThrows(IllegalArgumentException.class, () -> Wcag.named("9.9.9"));
    }
}
