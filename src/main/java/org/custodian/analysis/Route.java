package org.custodian.analysis;

import org.custodian.model.Labelled;

/** How a person reaches an asset: held themselves, held by a group they belong to, or through other assets. */
public enum Route implements Labelled {
    DIRECT,
    THROUGH_GROUP,
    INDIRECT
}
