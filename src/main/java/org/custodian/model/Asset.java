package org.custodian.model;

/**
 * Any way into something the company values: an account, a secret, a key, a code, a card.
 * Records that the secret exists and where its value is kept, never the value.
 */
public record Asset(
        AssetId id,
        String name,
        AssetSubtype subtype,
        Criticality criticality,
        String system,
        OrganisationId vendor,
        PersonId owner,
        PersonId setUpBy,
        Integer rotationIntervalDays,
        String rotationProcedure,
        String valueLocation,
        String recoveryEmail,
        String recoveryPhone,
        String notes,
        AssetDetails details) {
    public Asset {
        name = Rules.clean(name);
        system = Rules.clean(system);
        rotationProcedure = Rules.clean(rotationProcedure);
        valueLocation = Rules.clean(valueLocation);
        recoveryEmail = Rules.clean(recoveryEmail);
        recoveryPhone = Rules.clean(recoveryPhone);
        notes = Rules.clean(notes);
        if (details == null && subtype != null) {
            details = AssetDetails.none(subtype.kind());
        }
        Rules.check()
                .present(id, "id", "An asset needs an id")
                .notBlank(name, "name", "An asset needs a name")
                .maxLength(name, 200, "name", "An asset's name")
                .present(subtype, "subtype", "Choose what kind of asset this is")
                .present(criticality, "criticality", "Choose how critical this asset is")
                .require(
                        rotationIntervalDays == null || rotationIntervalDays > 0,
                        "rotationIntervalDays",
                        "The rotation interval must be a positive number of days")
                .require(
                        recoveryEmail == null || recoveryEmail.contains("@"),
                        "recoveryEmail",
                        "The recovery email must be an email address")
                .require(
                        subtype == null || details.kind() == subtype.kind(),
                        "details",
                        "The asset's fields do not match its kind")
                .orThrow();
    }

    public AssetKind kind() {
        return subtype.kind();
    }
}
