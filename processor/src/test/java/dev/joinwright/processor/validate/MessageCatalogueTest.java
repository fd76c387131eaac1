package dev.joinwright.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalogue itself: one tag per mistake, so that a tag in a user's build log (and in the
 * README's error table) names exactly one. The only sharing is a {@code DERIVED_X} message: the
 * same mistake as {@code X}, worded for a name Joinwright derived instead of one the user wrote.
 */
class MessageCatalogueTest {

    @Test
    void everyTagIsWellFormedAndUsedOnce() {
        Map<String, String> owners = new TreeMap<>();
        for (Message message : Message.values()) {
            assertTrue(message.tag().matches("JW[1-9][0-9]{2}"), message + " has the malformed tag " + message.tag());
            String previous = owners.putIfAbsent(message.tag(), message.name());
            boolean derivedVariant = previous != null
                    && (message.name().equals("DERIVED_" + previous) || previous.equals("DERIVED_" + message.name()));
            assertTrue(previous == null || derivedVariant,
                    message.tag() + " is the tag of both " + previous + " and " + message);
        }
    }

    @Test
    void everyMessageSaysHowToFixIt() {
        String withoutFix = Arrays.stream(Message.values())
                .filter(message -> message.format(new Object[10]).endsWith("Fix: ."))
                .map(Message::name)
                .collect(Collectors.joining(", "));
        assertEquals("", withoutFix, "messages without a fix hint");
    }
}
