package org.custodian.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields only one kind of asset has. None of them is a secret value. */
public sealed interface AssetDetails {
    AssetKind kind();

    /** Details of a kind that has no fields of its own beyond the common ones. */
    static AssetDetails none(AssetKind kind) {
        return switch (kind) {
            case PRIVILEGED_ACCOUNT -> new PrivilegedAccount(false);
            case SHARED_SECRET -> new SharedSecret();
            case HOSTING_LOGIN -> new HostingLogin(null, null);
            case PHYSICAL_KEY -> new PhysicalKey(null, null, 1, 0);
            case ALARM_CODE -> new AlarmCode(null);
            case PURCHASING_AUTHORITY -> new PurchasingAuthority(null, null, null, null);
            case NETWORK_ALLOWANCE -> new NetworkAllowance(null);
            case PHONE_SYSTEM -> new PhoneSystem(null);
        };
    }

    /** A personal admin account ends exposure when disabled; a shared one must be rotated. */
    record PrivilegedAccount(boolean personalAccount) implements AssetDetails {
        public AssetKind kind() {
            return AssetKind.PRIVILEGED_ACCOUNT;
        }
    }

    record SharedSecret() implements AssetDetails {
        public AssetKind kind() {
            return AssetKind.SHARED_SECRET;
        }
    }

    record HostingLogin(LocalDate renewalDate, LocalDate expiryDate) implements AssetDetails {
        public AssetKind kind() {
            return AssetKind.HOSTING_LOGIN;
        }
    }

    record PhysicalKey(String keyNumber, String opens, int copiesIssued, int copiesReturned) implements AssetDetails {
        public PhysicalKey {
            keyNumber = Rules.clean(keyNumber);
            opens = Rules.clean(opens);
            Rules.check()
                    .require(copiesIssued >= 0, "copiesIssued", "Key copies issued cannot be negative")
                    .require(copiesReturned >= 0, "copiesReturned", "Key copies returned cannot be negative")
                    .require(
                            copiesReturned <= copiesIssued,
                            "copiesReturned",
                            "Key copies returned cannot exceed copies issued")
                    .orThrow();
        }

        public AssetKind kind() {
            return AssetKind.PHYSICAL_KEY;
        }

        public int copiesOut() {
            return copiesIssued - copiesReturned;
        }
    }

    record AlarmCode(String panel) implements AssetDetails {
        public AlarmCode {
            panel = Rules.clean(panel);
        }

        public AssetKind kind() {
            return AssetKind.ALARM_CODE;
        }
    }

    /** The reference identifies the card or account without being a secret ("Visa ending 4417"). */
    record PurchasingAuthority(String reference, BigDecimal spendingLimit, LocalDate renewalDate, LocalDate expiryDate)
            implements AssetDetails {
        public PurchasingAuthority {
            reference = Rules.clean(reference);
            Rules.check()
                    .require(
                            spendingLimit == null || spendingLimit.signum() >= 0,
                            "spendingLimit",
                            "A spending limit cannot be negative")
                    .orThrow();
        }

        public AssetKind kind() {
            return AssetKind.PURCHASING_AUTHORITY;
        }
    }

    record NetworkAllowance(String allowedAddress) implements AssetDetails {
        public NetworkAllowance {
            allowedAddress = Rules.clean(allowedAddress);
        }

        public AssetKind kind() {
            return AssetKind.NETWORK_ALLOWANCE;
        }
    }

    record PhoneSystem(String reference) implements AssetDetails {
        public PhoneSystem {
            reference = Rules.clean(reference);
        }

        public AssetKind kind() {
            return AssetKind.PHONE_SYSTEM;
        }
    }
}
