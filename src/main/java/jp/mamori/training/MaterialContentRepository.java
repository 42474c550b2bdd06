package jp.mamori.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialContentRepository extends JpaRepository<MaterialContent, Long> {
}
