package dev.agendum.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Copies a violation's property path onto another validator's violation builder, node by node: properties,
 * container elements, list indexes and map keys. Bean Validation gives each step of a path its own builder type
 * with no common supertype, hence the dispatch on the type reached so far.
 */
final class PathCopy {

    private PathCopy() {
    }

    /** Adds {@code path} to {@code builder} and adds the violation. */
    static void addTo(ConstraintViolationBuilder builder, Path path) {
        Object at = builder;
        boolean first = true;
        for (Path.Node node : path) {
            if (first && node.getKind() == ElementKind.BEAN) {
                first = false;
                continue; // the event itself: the root of the caller's path as well
            }
            first = false;
            at = node.getKind() == ElementKind.CONTAINER_ELEMENT ? container(at, node) : property(at, node.getName());
            if (node.isInIterable()) {
                at = position(iterable(at), node);
            }
        }
        done(at);
    }

    private static Object property(Object at, String name) {
        if (at instanceof ConstraintViolationBuilder b) {
            return b.addPropertyNode(name);
        } else if (at instanceof NodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        } else if (at instanceof NodeBuilderDefinedContext d) {
            return d.addPropertyNode(name);
        } else if (at instanceof NodeContextBuilder n) {
            return n.addPropertyNode(name);
        } else if (at instanceof ContainerElementNodeBuilderCustomizableContext c) {
            return c.addPropertyNode(name);
        } else if (at instanceof ContainerElementNodeBuilderDefinedContext d) {
            return d.addPropertyNode(name);
        }
        return ((ContainerElementNodeContextBuilder) at).addPropertyNode(name);
    }

    private static Object container(Object at, Path.Node node) {
        Path.ContainerElementNode element = node.as(Path.ContainerElementNode.class);
        String name = node.getName();
        Class<?> type = element.getContainerClass();
        Integer argument = element.getTypeArgumentIndex();
        if (at instanceof ConstraintViolationBuilder b) {
            return b.addContainerElementNode(name, type, argument);
        } else if (at instanceof NodeBuilderCustomizableContext c) {
            return c.addContainerElementNode(name, type, argument);
        } else if (at instanceof NodeBuilderDefinedContext d) {
            return d.addContainerElementNode(name, type, argument);
        } else if (at instanceof NodeContextBuilder n) {
            return n.addContainerElementNode(name, type, argument);
        } else if (at instanceof ContainerElementNodeBuilderCustomizableContext c) {
            return c.addContainerElementNode(name, type, argument);
        } else if (at instanceof ContainerElementNodeBuilderDefinedContext d) {
            return d.addContainerElementNode(name, type, argument);
        }
        return ((ContainerElementNodeContextBuilder) at).addContainerElementNode(name, type, argument);
    }

    private static Object iterable(Object at) {
        if (at instanceof NodeBuilderCustomizableContext c) {
            return c.inIterable();
        }
        return ((ContainerElementNodeBuilderCustomizableContext) at).inIterable();
    }

    private static Object position(Object at, Path.Node node) {
        if (node.getIndex() == null && node.getKey() == null) {
            return at; // an element of a set: in iterable, no position
        }
        if (at instanceof NodeContextBuilder n) {
            return node.getIndex() != null ? n.atIndex(node.getIndex()) : n.atKey(node.getKey());
        }
        ContainerElementNodeContextBuilder c = (ContainerElementNodeContextBuilder) at;
        return node.getIndex() != null ? c.atIndex(node.getIndex()) : c.atKey(node.getKey());
    }

    private static void done(Object at) {
        if (at instanceof ConstraintViolationBuilder b) {
            b.addConstraintViolation();
        } else if (at instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else if (at instanceof NodeBuilderDefinedContext d) {
            d.addConstraintViolation();
        } else if (at instanceof NodeContextBuilder n) {
            n.addConstraintViolation();
        } else if (at instanceof ContainerElementNodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else if (at instanceof ContainerElementNodeBuilderDefinedContext d) {
            d.addConstraintViolation();
        } else {
            ((ContainerElementNodeContextBuilder) at).addConstraintViolation();
        }
    }
}
