package org.custodian.model;

/** Who can hold an asset or belong to a group: a person or a group. */
public sealed interface Principal extends NamedId permits PersonId, GroupId {}
