/** A user's application on the module path: Agendum's modules bring the validation API and Jackson with them. */
module org.example.calendar {
    requires dev.agendum.json;
    requires dev.agendum.ical;
}
