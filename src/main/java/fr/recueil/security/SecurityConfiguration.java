package fr.recueil.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.recueil.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services use @PreAuthorize; JSR-250 stays off, or Spring would proxy the Vaadin views that carry @RolesAllowed.
@EnableMethodSecurity
@EnableConfigurationProperties(LockoutPolicy.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, DirectoryLogin directoryLogin) throws Exception {
        // The app's own stylesheet and images (from frontend/) are public: the login page needs them. So are the
        // text editor's script and Quill's files from its webjar: static code, loaded at run time by the browser.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PathPatternRequestMatcher.pathPattern("/styles/**"),
                        PathPatternRequestMatcher.pathPattern("/images/**"),
                        PathPatternRequestMatcher.pathPattern("/scripts/**"),
                        PathPatternRequestMatcher.pathPattern("/webjars/quill/**")).permitAll());
        directoryLogin.applyTo(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login?logout");
            directoryLogin.configureLogout(vaadin, "/login?logout");
        });
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
