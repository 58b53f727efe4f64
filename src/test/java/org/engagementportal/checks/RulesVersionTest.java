package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules' version is derived from the rules: any new, removed or changed rule changes it. */
class RulesVersionTest {

    /** A rule that finds nothing, with whatever id, scope, criterion and version a test gives it. */
    record Stub(String id, Scope scope, String criterion, int version) implements Rule {
        public List<Finding> check(PageUnderTest page) {
            return List.of();
        }

        public String why() {
            return "A stub for the version tests.";
        }
    }

    static final Stub NEW = new Stub("landmark", Scope.WHOLE_PAGE, "1.3.1 Info and Relationships", 1);

    static List<Rule> with(List<Rule> rules, Rule more) {
        List<Rule> out = new ArrayList<>(rules);
        out.add(more);
        return out;
    }

    @Test
    void theVersionIsTheRulesVersionAndTheSameForTheSameRules() {
        assertEquals(FastRules.VERSION, FastRules.version(FastRules.ALL));
        assertEquals(FastRules.VERSION, FastRules.version(List.copyOf(FastRules.ALL)));
        List<Rule> fresh = new ArrayList<>();
        for (Rule r : FastRules.ALL) {
            try {
                fresh.add(r.getClass().getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(FastRules.VERSION, FastRules.version(fresh), "new instances of the same rules");
        assertEquals(FastRules.version(List.of(NEW)), FastRules.version(List.of(new Stub("landmark", Scope.WHOLE_PAGE,
                "1.3.1 Info and Relationships", 1))));
    }

    @Test
    void addingOrRemovingARuleChangesTheVersion() {
        assertNotEquals(FastRules.VERSION, FastRules.version(with(FastRules.ALL, NEW)), "a rule added");
        assertNotEquals(FastRules.VERSION, FastRules.version(FastRules.ALL.subList(1, FastRules.ALL.size())), "a rule removed");
        assertNotEquals(FastRules.version(List.of()), FastRules.version(List.of(NEW)));
    }

    @Test
    void aRuleWhoseVersionScopeCriterionOrIdChangesChangesTheVersion() {
        String before = FastRules.version(with(FastRules.ALL, NEW));
        Set<String> versions = new HashSet<>();
        versions.add(before);
        for (Stub changed : List.of(new Stub("landmark", Scope.WHOLE_PAGE, "1.3.1 Info and Relationships", 2),
                new Stub("landmark", Scope.TEXT, "1.3.1 Info and Relationships", 1),
                new Stub("landmark", Scope.WHOLE_PAGE, "2.4.1 Bypass Blocks", 1),
                new Stub("landmarks", Scope.WHOLE_PAGE, "1.3.1 Info and Relationships", 1))) {
            assertEquals(true, versions.add(FastRules.version(with(FastRules.ALL, changed))), changed + " changes the version");
        }
    }

    @Test
    void anotherRuleUnderAnExistingIdChangesTheVersion() {
        List<Rule> replaced = new ArrayList<>(FastRules.ALL);
        Rule link = replaced.get(5);
        assertEquals("link-purpose", link.id());
        replaced.set(5, new Stub(link.id(), link.scope(), link.criterion(), link.version()));
        assertNotEquals(FastRules.VERSION, FastRules.version(replaced));
    }

    @Test
    void reorderingTheRulesChangesTheVersionAsItChangesTheReportsOrder() {
        List<Rule> reversed = new ArrayList<>(FastRules.ALL);
        java.util.Collections.reverse(reversed);
        assertNotEquals(FastRules.VERSION, FastRules.version(reversed));
    }

    @Test
    void eachRuleHasItsOwnIdAndAVersionFromOne() {
        assertEquals(FastRules.ALL.size(), FastRules.ALL.stream().map(Rule::id).distinct().count(), "ids are unique");
        FastRules.ALL.forEach(r -> assertEquals(true, r.version() >= 1, r.id() + " version " + r.version()));
        assertEquals(true, FastRules.VERSION.matches("fast-rules-[0-9a-f]{16}"), FastRules.VERSION);
    }
}
