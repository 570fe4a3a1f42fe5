/**
 * Agendum's domain model and validator: no serialisation library, so adapters can be chosen freely.
 */
module dev.agendum.core {
    // Public signatures use it: Violation.from(ConstraintViolation) and the @ValidEvent constraint on Event.
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Not used by Agendum's code: resolves Jakarta EL for Hibernate Validator's "requires static jakarta.el", so
    // that an application's own default validator factory can interpolate messages (else HV000183).
    requires jakarta.el;

    exports dev.agendum.change;
    exports dev.agendum.model;
    exports dev.agendum.validation;
    exports dev.agendum.publish;

    opens dev.agendum.model to org.hibernate.validator;
    opens dev.agendum.validation.internal to org.hibernate.validator;
}
