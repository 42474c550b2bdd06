package jp.mamori.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationProfileRepository extends JpaRepository<OrganisationProfile, Long> {

    Optional<OrganisationProfile> findFirstByOrderByIdAsc();
}
