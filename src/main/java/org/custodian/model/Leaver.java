package org.custodian.model;

/** Who can leave: one person, or an organisation (an external provider) with all its people. */
public sealed interface Leaver extends NamedId permits PersonId, OrganisationId {}
