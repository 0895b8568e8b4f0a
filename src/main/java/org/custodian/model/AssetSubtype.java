package org.custodian.model;

import static org.custodian.model.AssetKind.*;

import java.util.Arrays;
import java.util.List;

public enum AssetSubtype implements Labelled {
    ROOT(PRIVILEGED_ACCOUNT),
    ADMIN(PRIVILEGED_ACCOUNT),
    DOMAIN_ADMIN(PRIVILEGED_ACCOUNT),
    SERVICE_ACCOUNT(PRIVILEGED_ACCOUNT),
    SSH_KEY(PRIVILEGED_ACCOUNT),
    SHARED_PASSWORD(SHARED_SECRET),
    WIFI_KEY(SHARED_SECRET),
    SAFE_COMBINATION(SHARED_SECRET),
    API_KEY(SHARED_SECRET),
    BREAK_GLASS(SHARED_SECRET),
    VAULT_MASTER_PASSWORD(SHARED_SECRET),
    REGISTRAR(HOSTING_LOGIN),
    DNS(HOSTING_LOGIN),
    HOSTING(HOSTING_LOGIN),
    CLOUD_CONSOLE(HOSTING_LOGIN),
    SAAS_ADMIN(HOSTING_LOGIN),
    MAILBOX(HOSTING_LOGIN),
    KEY(PHYSICAL_KEY),
    BADGE(PHYSICAL_KEY),
    FOB(PHYSICAL_KEY),
    PARKING_PERMIT(PHYSICAL_KEY),
    SHARED_CODE(ALARM_CODE),
    PERSONAL_CODE(ALARM_CODE),
    MASTER_CODE(ALARM_CODE),
    COMPANY_CARD(PURCHASING_AUTHORITY),
    VENDOR_ACCOUNT(PURCHASING_AUTHORITY),
    PURCHASE_ORDER(PURCHASING_AUTHORITY),
    BANK_AUTHORITY(PURCHASING_AUTHORITY),
    FIREWALL_RULE(NETWORK_ALLOWANCE),
    VPN(NETWORK_ALLOWANCE),
    MAC_ALLOW_LIST(NETWORK_ALLOWANCE),
    REMOTE_TOOL(NETWORK_ALLOWANCE),
    PBX_ADMIN(PHONE_SYSTEM),
    VOICEMAIL_PIN(PHONE_SYSTEM),
    CALL_CODE(PHONE_SYSTEM);

    private final AssetKind kind;

    AssetSubtype(AssetKind kind) {
        this.kind = kind;
    }

    public AssetKind kind() {
        return kind;
    }

    public static List<AssetSubtype> of(AssetKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
    }

    @Override
    public String label() {
        return switch (this) {
            case SSH_KEY -> "SSH key";
            case WIFI_KEY -> "Wi-Fi key";
            case API_KEY -> "API key";
            case DNS -> "DNS";
            case SAAS_ADMIN -> "SaaS admin";
            case VPN -> "VPN";
            case MAC_ALLOW_LIST -> "MAC allow-list";
            case PBX_ADMIN -> "PBX admin";
            case VOICEMAIL_PIN -> "Voicemail PIN";
            default -> Labelled.super.label();
        };
    }
}
