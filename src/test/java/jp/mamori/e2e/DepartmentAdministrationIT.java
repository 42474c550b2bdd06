package jp.mamori.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

/** In Debian's headless chromium: log in, create a department, see it in the grid. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DepartmentAdministrationIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anAdministratorLogsInCreatesADepartmentAndSeesItInTheGrid() throws Exception {
        var admin = fixtures.user("e2e.admin", null, Role.ADMIN, Role.EMPLOYEE);
        driver.get("http://localhost:" + port + "/login");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        screenshot("login");
        username.sendKeys(admin.getUsername());
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(Fixtures.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        screenshot("home");

        driver.get("http://localhost:" + port + "/admin/departments");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("department-add"))).click();
        String code = Fixtures.unique("E");
        // The form opens read-only and becomes editable once the server has answered the click.
        wait.until(d -> d.findElement(By.id("department-code")).getDomAttribute("readonly") == null);
        WebElement codeField = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#department-code input")));
        codeField.sendKeys(code);
        driver.findElement(By.cssSelector("#department-name input")).sendKeys("ブラウザー試験部");
        driver.findElement(By.id("department-save")).click();

        wait.until(driver -> driver.findElement(By.id("department-grid")).getText().contains(code)
                || ((String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"))
                .contains(code));
        String cells = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')");
        assertThat(cells).contains(code, "ブラウザー試験部");
        screenshot("departments");
    }

    private void screenshot(String name) throws java.io.IOException {
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
