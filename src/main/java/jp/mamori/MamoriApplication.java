package jp.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class MamoriApplication {

    public static void main(String[] args) {
        SpringApplication.run(MamoriApplication.class, args);
    }
}
