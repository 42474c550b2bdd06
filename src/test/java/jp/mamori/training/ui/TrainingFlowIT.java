package jp.mamori.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.support.Fixtures;
import jp.mamori.training.AssignmentStatus;
import jp.mamori.training.Choice;
import jp.mamori.training.Course;
import jp.mamori.training.CourseKind;
import jp.mamori.training.Question;
import jp.mamori.training.TrainingAssignment;
import jp.mamori.training.TrainingData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The employee flow in a real headless Chromium: log in, take the course, sign the pledge. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrainingFlowIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingData data;
    @Autowired
    Clock clock;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        assertThat(CHROMIUM).as("Debian chromium must be installed").canRead();
        assertThat(CHROMEDRIVER).as("Debian chromium-driver must be installed").canRead();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aWorkerLogsInTakesTheCourseAndSignsThePledge() {
        var pm = data.privacyManager();
        Department department = fixtures.department("総務課");
        UserAccount worker = data.worker(department);
        Course course = data.assignedCourse(pm, department, CourseKind.AT_HIRING, 3, LocalDate.now(clock));
        TrainingAssignment assignment = data.assignmentOf(fixtures.principalOf(worker), course);

        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(worker.getUsername());
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));

        driver.get("http://localhost:" + port + "/training/my-tasks");
        click(By.id("training-take-" + assignment.getId()));
        click(By.id("training-start-quiz"));
        List<Question> questions = course.getQuestions();
        for (int number = 1; number <= questions.size(); number++) {
            List<String> right = questions.get(number - 1).getChoices().stream().filter(Choice::correct)
                    .map(Choice::text).toList();
            WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-question-" + number)));
            for (WebElement choice : group.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox"))) {
                if (right.contains(choice.getText().strip())) {
                    choice.findElement(By.tagName("input")).click();
                }
            }
        }
        click(By.id("training-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("training-verdict"), "合格です"));
        click(By.id("training-to-pledge"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-pledge-text"))).getText())
                .isEqualTo(TrainingData.PLEDGE);
        driver.findElement(By.id("training-pledge-accept")).findElement(By.tagName("input")).click();
        wait.until(driver -> driver.findElement(By.id("training-attest")).getAttribute("disabled") == null);
        click(By.id("training-attest"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-done"))).getText())
                .contains("得点 100 点");

        assertThat(data.assignmentOf(fixtures.principalOf(worker), course).getStatus())
                .isEqualTo(AssignmentStatus.COMPLETED);
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }
}
