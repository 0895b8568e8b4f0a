package org.custodian.importer.vault;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;

/**
 * Suggests an imported entry's subtype and criticality from its title, URL, folder and what the vault calls
 * it. A suggestion only: the user changes it in the inventory, and a later import keeps the change.
 */
public final class VaultKinds {
    private record Rule(Pattern words, AssetSubtype subtype) {}

    /** First match wins, so the specific words come before the general ones ("domain admin" before "admin"). */
    private static final List<Rule> RULES = List.of(
            rule("ssh", AssetSubtype.SSH_KEY),
            rule("domain admin|domain administrator|enterprise admin", AssetSubtype.DOMAIN_ADMIN),
            rule("root", AssetSubtype.ROOT),
            rule("wi-?fi|wlan|wpa2?|ssid|wireless", AssetSubtype.WIFI_KEY),
            rule("vpn|wireguard|openvpn", AssetSubtype.VPN),
            rule("registrar|gandi|namecheap|godaddy|domain names?", AssetSubtype.REGISTRAR),
            rule("dns|cloudflare|route ?53", AssetSubtype.DNS),
            rule("aws|azure|gcp|google cloud|console\\.cloud|portal\\.azure", AssetSubtype.CLOUD_CONSOLE),
            rule("hosting|hetzner|ovh|digitalocean|linode|cpanel|plesk", AssetSubtype.HOSTING),
            rule("e-?mail|mailbox|imap|smtp|outlook|exchange|gmail|m365|office ?365", AssetSubtype.MAILBOX),
            rule("api|token", AssetSubtype.API_KEY),
            rule("break[- ]?glass|emergency", AssetSubtype.BREAK_GLASS),
            rule("svc|service account", AssetSubtype.SERVICE_ACCOUNT),
            rule("alarm", AssetSubtype.SHARED_CODE),
            rule("safe", AssetSubtype.SAFE_COMBINATION),
            rule("bank|banking", AssetSubtype.BANK_AUTHORITY),
            rule("pbx|3cx|phone system", AssetSubtype.PBX_ADMIN),
            rule("voicemail", AssetSubtype.VOICEMAIL_PIN),
            rule("teamviewer|anydesk|rmm|remote desktop|rdp", AssetSubtype.REMOTE_TOOL),
            rule("admin|administrator|firewall|switch|router|nas|server", AssetSubtype.ADMIN));

    private VaultKinds() {}

    private static Rule rule(String words, AssetSubtype subtype) {
        return new Rule(Pattern.compile("(?<![a-z0-9])(" + words + ")(?![a-z0-9])"), subtype);
    }

    public static AssetSubtype subtypeOf(VaultEntry entry) {
        if ("card".equals(entry.kind())) {
            return AssetSubtype.COMPANY_CARD;
        }
        if ("ssh key".equals(entry.kind())) {
            return AssetSubtype.SSH_KEY;
        }
        String text = String.join(" ", nonNull(entry.title()), nonNull(entry.url()), nonNull(entry.folder()))
                .toLowerCase(Locale.ROOT);
        return RULES.stream()
                .filter(r -> r.words().matcher(text).find())
                .map(Rule::subtype)
                .findFirst()
                .orElse(AssetSubtype.SHARED_PASSWORD);
    }

    /** Whoever holds these can take over or lock out the whole company, so they start as high. */
    public static Criticality criticalityOf(AssetSubtype subtype) {
        return switch (subtype) {
            case ROOT, DOMAIN_ADMIN, REGISTRAR, DNS, CLOUD_CONSOLE, BANK_AUTHORITY, BREAK_GLASS -> Criticality.HIGH;
            default -> Criticality.MEDIUM;
        };
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
