package org.dynadeploy.lang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void levenshteinDistance() {
        assertEquals(0, Suggestions.distance("mem", "mem"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(3, Suggestions.distance("requireMemory", "requireMem"));
        assertEquals(6, Suggestions.distance("", "greedy"));
    }

    @Test
    void theNearestCloseCandidate() {
        assertEquals(Optional.of("requireMem"), Suggestions.nearest("requireMemory", List.of("requireMem", "zones", "type")));
        assertEquals(Optional.of("divide"), Suggestions.nearest("divde", List.of("divide", "order")));
        assertEquals(Optional.of("requireMem"), Suggestions.nearest("requiremem", List.of("requireMem")), "case differs");
        assertEquals(Optional.empty(), Suggestions.nearest("fastest", List.of("greedy", "highest-bidder", "lowest-bidder")));
        assertEquals(Optional.empty(), Suggestions.nearest("mem", List.of("mem")), "the name itself is no suggestion");
        assertEquals(Optional.empty(), Suggestions.nearest("", List.of("a")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertEquals(Optional.of("bat"), Suggestions.nearest("cat", List.of("rat", "bat")));
    }

    @Test
    void humanLists() {
        assertEquals("'a'", Suggestions.list(List.of("a"), 3));
        assertEquals("'a' and 'b'", Suggestions.list(List.of("a", "b"), 3));
        assertEquals("'a', 'b' and 'c'", Suggestions.list(List.of("a", "b", "c"), 3));
        assertEquals("'a', 'b' and 2 more", Suggestions.list(List.of("a", "b", "c", "d"), 2));
    }
}
