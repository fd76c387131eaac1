package dev.joinwright.processor.parse.query;

import dev.joinwright.processor.model.query.Operator;
import dev.joinwright.processor.model.query.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a derived query's name, as Spring Data and Micronaut Data read it, before any
 * property is resolved: {@code find[Distinct][First|Top<N>]…By<predicates>[OrderBy<terms>]}.
 * {@code Or} splits the predicates into groups of {@code And}s (so {@code And} binds tighter), a
 * trailing {@code AllIgnoreCase} applies to every predicate, each predicate ends in an optional
 * operator keyword and an optional {@code IgnoreCase}, and each order term ends in {@code Asc} or
 * {@code Desc}.
 *
 * @param subject the subject prefix
 * @param distinct whether {@code Distinct} was written (rows never repeat anyway)
 * @param limit {@code First} (1) or {@code Top<N>}/{@code First<N>}
 * @param where the predicates, an OR of ANDs
 * @param orderBy the order terms
 */
public record MethodName(Subject subject, boolean distinct, Optional<Integer> limit, List<List<Predicate>> where,
        List<OrderTerm> orderBy) {

    /**
     * A predicate as written: each reading of its text as a property and an operator, most likely
     * first (the longest keyword suffix), ending with the whole text as a property compared for
     * equality.
     */
    public record Predicate(String text, List<Reading> readings, boolean ignoreCase) {}

    /** One way to split a predicate: the property's text and the operator. */
    public record Reading(String property, Operator operator) {}

    /** {@code LastNameDesc}: a property and its direction. */
    public record OrderTerm(String property, boolean descending) {}

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|get|stream|count|exists|delete)(\\p{Lu}\\w*?)??By(?=$|\\p{Lu}|_)(.*)$");
    private static final Pattern LIMIT = Pattern.compile("(First|Top)(\\d*)");
    private static final Pattern OR = Pattern.compile("Or(?=\\p{Lu})");
    private static final Pattern AND = Pattern.compile("And(?=\\p{Lu})");
    private static final Pattern ORDER_TERM = Pattern.compile("(?<=Asc|Desc)(?=\\p{Lu})");

    /** The name read by the grammar, or empty if it does not start with a subject and {@code By}. */
    public static Optional<MethodName> parse(String name) {
        Matcher m = PREFIX.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Subject subject = switch (m.group(1)) {
            case "stream" -> Subject.STREAM;
            case "count" -> Subject.COUNT;
            case "exists" -> Subject.EXISTS;
            case "delete" -> Subject.DELETE;
            default -> Subject.FIND;
        };
        String between = m.group(2) == null ? "" : m.group(2);
        boolean distinct = between.contains("Distinct");
        Optional<Integer> limit = Optional.empty();
        Matcher l = LIMIT.matcher(between);
        if (l.find()) {
            limit = Optional.of(l.group(2).isEmpty() ? 1 : Integer.parseInt(l.group(2)));
        }
        String rest = m.group(3);
        String criteria = rest;
        String order = "";
        int orderAt = rest.startsWith("OrderBy") ? 0 : indexOfKeyword(rest, "OrderBy");
        if (orderAt >= 0) {
            criteria = rest.substring(0, orderAt);
            order = rest.substring(orderAt + "OrderBy".length());
        }
        return Optional.of(new MethodName(subject, distinct, limit, predicates(criteria), orderTerms(order)));
    }

    /** Where {@code keyword} starts a new word of {@code text} (followed by an upper-case letter), else -1. */
    private static int indexOfKeyword(String text, String keyword) {
        Matcher m = Pattern.compile(keyword + "(?=\\p{Lu})").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static List<List<Predicate>> predicates(String criteria) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        boolean allIgnoreCase = false;
        for (String suffix : List.of("AllIgnoreCase", "AllIgnoringCase")) {
            if (criteria.endsWith(suffix)) {
                criteria = criteria.substring(0, criteria.length() - suffix.length());
                allIgnoreCase = true;
            }
        }
        List<List<Predicate>> or = new ArrayList<>();
        for (String group : OR.split(criteria, -1)) {
            List<Predicate> and = new ArrayList<>();
            for (String part : AND.split(group, -1)) {
                and.add(predicate(part, allIgnoreCase));
            }
            or.add(and);
        }
        return or;
    }

    private static Predicate predicate(String text, boolean allIgnoreCase) {
        String body = text;
        boolean ignoreCase = allIgnoreCase;
        for (String suffix : List.of("IgnoreCase", "IgnoringCase")) {
            if (body.endsWith(suffix) && body.length() > suffix.length()) {
                body = body.substring(0, body.length() - suffix.length());
                ignoreCase = true;
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (Operator.Keyword keyword : Operator.KEYWORDS) {
            if (body.endsWith(keyword.text()) && body.length() > keyword.text().length()) {
                readings.add(new Reading(body.substring(0, body.length() - keyword.text().length()), keyword.operator()));
            }
        }
        readings.add(new Reading(body, Operator.EQUALS));
        return new Predicate(text, List.copyOf(readings), ignoreCase);
    }

    private static List<OrderTerm> orderTerms(String order) {
        if (order.isEmpty()) {
            return List.of();
        }
        List<OrderTerm> terms = new ArrayList<>();
        for (String term : ORDER_TERM.split(order, -1)) {
            if (term.endsWith("Desc")) {
                terms.add(new OrderTerm(term.substring(0, term.length() - 4), true));
            } else if (term.endsWith("Asc")) {
                terms.add(new OrderTerm(term.substring(0, term.length() - 3), false));
            } else {
                terms.add(new OrderTerm(term, false));
            }
        }
        return terms;
    }
}
