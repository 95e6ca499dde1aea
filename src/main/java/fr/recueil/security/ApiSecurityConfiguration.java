package fr.recueil.security;

import fr.recueil.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The automation endpoint ({@code /api/**}), for the communication team's scripts: HTTP Basic with
 * the same accounts, passwords and lockout as the login page, or a personal access token. Stateless,
 * no CSRF (no cookie is ever used), no login page: refusals are problems in JSON. Ordered before
 * Vaadin's chain, which takes every other request.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens,
                                               RecueilUserDetailsService users, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyRole(Role.COMMUNICATION.name(), Role.ADMIN.name()))
                .httpBasic(basic -> basic.realmName(ApiProblems.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
