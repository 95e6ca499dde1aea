package fr.recueil.demo;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo directory ({@code RECUEIL_DEMO_DIRECTORY=true}): an in-memory LDAP server (UnboundID) on
 * 127.0.0.1 holding the demo people with logins "prénom.nom" ({@code camille.martin},
 * {@code helene.dubois}…), password {@code recueil-demo}, one group per role and one group per
 * direction ({@code recueil-direction-DASIPE}); each person's groups are also in their
 * {@code memberOf}, as Active Directory gives them. {@link DemoDirectorySettings} points the LDAP
 * login at it.
 */
@Component
@ConditionalOnProperty(name = DemoDirectorySettings.ENABLED, havingValue = "true")
class DemoDirectory implements DisposableBean {

    static final String PEOPLE = "ou=people," + DemoDirectorySettings.BASE;
    static final String GROUPS = "ou=groups," + DemoDirectorySettings.BASE;
    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    private static final Map<fr.recueil.organisation.Role, String> ROLE_GROUPS = Map.of(
            fr.recueil.organisation.Role.CONTRIBUTOR, "recueil-contributeurs",
            fr.recueil.organisation.Role.DIRECTOR, "recueil-directeurs",
            fr.recueil.organisation.Role.REVIEWER, "recueil-relecteurs",
            fr.recueil.organisation.Role.COMMUNICATION, "recueil-communication",
            fr.recueil.organisation.Role.ADMIN, "recueil-administrateurs");

    private final InMemoryDirectoryServer server;

    DemoDirectory(@Value("${" + DemoDirectorySettings.PORT + "}") int port) throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DemoDirectorySettings.BASE);
        // memberOf is not in the standard schema (Active Directory adds it): no schema checking.
        config.setSchema(null);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("demo", InetAddress.getLoopbackAddress(),
                port, null));
        server = new InMemoryDirectoryServer(config);
        for (Entry entry : entries()) {
            server.add(entry);
        }
        server.startListening();
        log.info("Demo directory listening on ldap://127.0.0.1:{} ({} people, password '{}').", port,
                DemoPeople.ALL.size(), DemoData.PASSWORD);
    }

    static List<Entry> entries() throws LDAPException {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(DemoDirectorySettings.BASE, new Attribute("objectClass", "top", "domain"),
                new Attribute("dc", "recueil")));
        entries.add(new Entry(PEOPLE, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "people")));
        entries.add(new Entry(GROUPS, new Attribute("objectClass", "top", "organizationalUnit"),
                new Attribute("ou", "groups")));
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (DemoPeople.Person person : DemoPeople.ALL) {
            String login = person.directoryLogin();
            String dn = "uid=" + login + "," + PEOPLE;
            List<String> groups = new ArrayList<>();
            person.roles().forEach(role -> groups.add(groupDn(ROLE_GROUPS.get(role))));
            person.directions().forEach(direction -> groups.add(groupDn("recueil-direction-" + direction)));
            groups.forEach(group -> members.computeIfAbsent(group, g -> new ArrayList<>()).add(dn));
            String[] names = person.name().split(" ", 2);
            Entry entry = new Entry(dn,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                    new Attribute("uid", login),
                    new Attribute("cn", person.name()),
                    new Attribute("givenName", names[0]),
                    new Attribute("sn", names.length > 1 ? names[1] : names[0]),
                    new Attribute("displayName", person.name()),
                    new Attribute("mail", person.email(login)),
                    new Attribute("userPassword", DemoData.PASSWORD));
            if (!groups.isEmpty()) {
                entry.addAttribute(new Attribute("memberOf", groups));
            }
            entries.add(entry);
        }
        members.forEach((group, dns) -> entries.add(new Entry(group,
                new Attribute("objectClass", "top", "groupOfNames"),
                new Attribute("cn", group.substring(3, group.indexOf(','))),
                new Attribute("member", dns))));
        return entries;
    }

    private static String groupDn(String name) {
        return "cn=" + name + "," + GROUPS;
    }

    @Override
    public void destroy() {
        server.shutDown(true);
    }
}
