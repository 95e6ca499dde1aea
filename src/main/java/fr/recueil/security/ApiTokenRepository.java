package fr.recueil.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    /** The login of the token's owner today: an admin may have renamed it since the token was made. */
    @Query("select u.login from UserAccount u where u.id = :userId")
    Optional<String> loginOf(long userId);
}
