package org.custodian.model;

/**
 * The id of something people know by its display name: a person, an organisation, a group or an asset.
 * Services and screens hold these; names are looked up in a {@link NameIndex} only to be shown.
 */
public interface NamedId {}
