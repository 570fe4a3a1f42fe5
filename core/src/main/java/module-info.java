/**
 * Agendum's domain model and validator: no serialisation library, so adapters can be chosen freely.
 */
module dev.agendum.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.agendum.change;
    exports dev.agendum.model;
    exports dev.agendum.validation;

    opens dev.agendum.model to org.hibernate.validator;
    opens dev.agendum.validation.internal to org.hibernate.validator;
}
