package fr.recueil.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByLoginIgnoreCase(String login);

    boolean existsByLoginIgnoreCase(String login);

    Optional<UserAccount> findByExternalId(String externalId);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = fr.recueil.organisation.Role.ADMIN and u.active = true")
    boolean existsActiveAdmin();

    @Query("select new fr.recueil.organisation.AccountStamp(u.active, u.version) from UserAccount u where u.id = :id")
    Optional<AccountStamp> stampOf(Long id);

    @Query("select u.login, u.displayName from UserAccount u where u.login in :logins")
    List<Object[]> findDisplayNames(java.util.Collection<String> logins);

    @Query("select count(u) > 0 from UserAccount u join u.directionIds d where d = :directionId")
    boolean existsMemberOf(Long directionId);
}
