package dev.agendum.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A property path from the event, built one step at a time ({@code programme.items[2].start}), and handed to
 * Hibernate Validator's node builder so that cross-field violations carry the same paths as field violations.
 */
final class Where {

    /** The node name Hibernate Validator gives a list's element. */
    private static final String LIST_ELEMENT = "<list element>";
    /** The index of a step that is a property, not an element of a list. */
    private static final int NONE = -1;

    /**
     * The path without its last step, {@code null} for a path of one step. Paths share their beginnings, so that
     * naming every item and time the rules look at costs one small object each, not a copy of the whole path.
     */
    private final Where parent;
    private final String name;
    private final int index;

    private Where(Where parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    static Where at(String property) {
        return new Where(null, property, NONE);
    }

    static Where at(String property, int index) {
        return new Where(null, property, index);
    }

    /** Returns {@code property} of {@code owner}, or of the event itself for a {@code null} owner. */
    static Where of(Where owner, String property) {
        return new Where(owner, property, NONE);
    }

    Where then(String property) {
        return new Where(this, property, NONE);
    }

    Where then(String property, int index) {
        return new Where(this, property, index);
    }

    /** Returns this path with the last step's index replaced: the same list, another element. */
    Where withLastIndex(int index) {
        return new Where(parent, name, index);
    }

    private List<Where> steps() {
        List<Where> steps = new ArrayList<>();
        for (Where at = this; at != null; at = at.parent) {
            steps.add(at);
        }
        Collections.reverse(steps);
        return steps;
    }

    /**
     * Adds the path to a violation. Bean Validation puts a list index on the node that follows the list
     * ({@code items[2].start} is node "start", in iterable at 2), so each step's index goes on the next step; a
     * path that ends on a list element ({@code categories[2]}) ends on a container-element node at that index, as
     * a constraint on the list's elements would.
     */
    void addTo(ConstraintViolationBuilder builder) {
        List<Where> steps = steps();
        NodeBuilderCustomizableContext node = builder.addPropertyNode(steps.get(0).name);
        NodeBuilderDefinedContext defined = null;
        for (int i = 1; i < steps.size(); i++) {
            NodeBuilderCustomizableContext next = defined != null ? defined.addPropertyNode(steps.get(i).name)
                    : node.addPropertyNode(steps.get(i).name);
            int previous = steps.get(i - 1).index;
            if (previous != NONE) {
                defined = next.inIterable().atIndex(previous);
            } else {
                node = next;
                defined = null;
            }
        }
        if (index != NONE) {
            (defined != null ? defined.addContainerElementNode(LIST_ELEMENT, List.class, 0)
                    : node.addContainerElementNode(LIST_ELEMENT, List.class, 0))
                    .inIterable().atIndex(index).addConstraintViolation();
        } else if (defined != null) {
            defined.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Where w && name.equals(w.name) && index == w.index && Objects.equals(parent, w.parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, name, index);
    }
}
