package tandem.model.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.model.Project;
import tandem.model.hash.ContentHash;
import tandem.model.validation.ProjectValidator;

class ProjectGeneratorTest {

    @Test
    void theSameSeedGivesTheSameProject() {
        assertEquals(ContentHash.of(new ProjectGenerator(500, 5, 1).generate()), ContentHash.of(new ProjectGenerator(500, 5, 1).generate()));
    }

    @Test
    void anotherSeedGivesAnotherProject() {
        assertNotEquals(ContentHash.of(new ProjectGenerator(500, 5, 1).generate()), ContentHash.of(new ProjectGenerator(500, 5, 2).generate()));
    }

    @Test
    void generatedProjectsHaveTheRequestedSizeAndAreValid() {
        Project project = new ProjectGenerator(2000, 12, 7).generate();
        assertEquals(2000, project.getVariables().size());
        assertEquals(12, project.getScreens().size());
        assertEquals(List.of(), new ProjectValidator().validate(project).errors());
    }
}
