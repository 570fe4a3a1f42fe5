package dev.agendum.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A property path from the event, built one step at a time ({@code programme.items[2].start}), and handed to
 * Hibernate Validator's node builder so that cross-field violations carry the same paths as field violations.
 */
final class Where {

    private record Step(String name, Integer index) {
    }

    private final List<Step> steps;

    private Where(List<Step> steps) {
        this.steps = steps;
    }

    static Where at(String property) {
        return new Where(List.of(new Step(property, null)));
    }

    static Where at(String property, int index) {
        return new Where(List.of(new Step(property, index)));
    }

    Where then(String property) {
        return append(new Step(property, null));
    }

    Where then(String property, int index) {
        return append(new Step(property, index));
    }

    /** Returns this path with the last step's index replaced: the same list, another element. */
    Where withLastIndex(int index) {
        List<Step> changed = new ArrayList<>(steps);
        Step last = changed.remove(changed.size() - 1);
        changed.add(new Step(last.name(), index));
        return new Where(List.copyOf(changed));
    }

    private Where append(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Where(List.copyOf(longer));
    }

    /**
     * Adds the path to a violation. Bean Validation puts a list index on the node that follows the list
     * ({@code items[2].start} is node "start", in iterable at 2), so each step's index goes on the next step.
     */
    void addTo(jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder builder) {
        Step last = steps.get(steps.size() - 1);
        if (last.index() != null) {
            throw new IllegalStateException("a path must end on a property, not on a list element");
        }
        var node = builder.addPropertyNode(steps.get(0).name());
        jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext defined =
                null;
        for (int i = 1; i < steps.size(); i++) {
            var next = defined != null ? defined.addPropertyNode(steps.get(i).name())
                    : node.addPropertyNode(steps.get(i).name());
            Integer index = steps.get(i - 1).index();
            if (index != null) {
                defined = next.inIterable().atIndex(index);
            } else {
                node = next;
                defined = null;
            }
        }
        if (defined != null) {
            defined.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Where w && steps.equals(w.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps);
    }
}
