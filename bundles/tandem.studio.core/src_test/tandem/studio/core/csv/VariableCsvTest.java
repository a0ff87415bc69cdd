package tandem.studio.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tandem.studio.core.Sessions.variable;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tandem.model.DataType;
import tandem.model.Project;
import tandem.model.Variable;
import tandem.studio.core.OnTheDemo;

class VariableCsvTest extends OnTheDemo {

	@Test
	void aTagListAddsNewVariablesAndUpdatesExistingOnesInOneUndoStep() throws Exception {
		int count = project.getVariables().size();
		String csv = """
				name,dataType,driver,address,unit,rangeMin,rangeMax,writable,description
				Tank3.Level,FLOAT,Simulator,tank?min=0&max=4,m,0,4,false,"Level of tank 3, the new one"
				Tank3.Valve,BOOL,Simulator,pump?period=60,,,,true,
				Tank1.Level,FLOAT,Simulator,tank?min=0&max=5&period=900,cm,0,5,false,Level of the flocculation tank
				""";
		ImportVariablesOperation.Result result = new ImportVariablesOperation(session, csv, "tags.csv").execute();
		assertEquals(new ImportVariablesOperation.Result(2, 1), result);
		assertEquals(count + 2, project.getVariables().size());
		Variable tank3 = variable(project, "Tank3.Level");
		assertEquals(DataType.FLOAT, tank3.getDataType());
		assertEquals(4.0, tank3.getRangeMax());
		assertEquals("Level of tank 3, the new one", tank3.getDescription());
		assertEquals("cm", variable(project, "Tank1.Level").getUnit());
		assertTrue(variable(project, "Tank3.Valve").isWritable());
		assertTrue(session.problems().isValid(), session.problems().problems().toString());
		session.undo();
		assertEquals(count, project.getVariables().size());
		assertEquals("m", variable(project, "Tank1.Level").getUnit());
		assertFalse(session.canUndo(), "the import was one step");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"an unknown data type | name,dataType,driver,address\\nA,FLOAT,Simulator,x\\nB,DOUBLE,Simulator,y | tags.csv:3:3: dataType: 'DOUBLE' is not one of",
			"an unknown driver | name,dataType,driver,address\\nA,FLOAT,PLC9,x | tags.csv:2:9: driver 'PLC9' is not defined in the project",
			"a word for a number | name,dataType,driver,address,rangeMax\\nA,FLOAT,Simulator,x,ten | tags.csv:2:21: rangeMax: 'ten' is not a number",
			"a missing field | name,dataType,driver,address\\nA,FLOAT,Simulator | tags.csv:2:1: has 3 fields, the header 4",
			"a name twice | name,dataType,driver,address\\nA,FLOAT,Simulator,x\\nA,BOOL,Simulator,y | tags.csv:3:1: variable 'A' is listed twice (first on line 2)",
			"an empty name | name,dataType,driver,address\\n,FLOAT,Simulator,x | tags.csv:2:1: name is empty",
			"an unknown column | name,dataType,driver,address,colour\\nA,FLOAT,Simulator,x,red | tags.csv:1:30: unknown column 'colour'",
			"no address column | name,dataType,driver\\nA,FLOAT,Simulator | tags.csv:1:1: the header has no column 'address'",
			"an unclosed quote | name,dataType,driver,address\\nA,FLOAT,Simulator,\"x\\nB,FLOAT,Simulator,y | tags.csv:2:19: the quoted field is not closed" })
	void aBrokenFileIsReportedWithLineAndColumnAndNothingIsImported(String what, String content, String message) {
		Project before = EcoreUtil.copy(project);
		CsvException e = assertThrows(CsvException.class,
				() -> new ImportVariablesOperation(session, content.replace("\\n", "\n"), "tags.csv").execute());
		assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(message)), what + ": " + e.problems());
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, project), "nothing was imported");
		assertFalse(session.canUndo());
	}

	@Test
	void everyBadRowIsReportedNotOnlyTheFirst() {
		String csv = "name,dataType,driver,address\nA,FLOAT,Nope,x\nB,TEXT,Simulator,y\nC,FLOAT,Simulator,z\n";
		CsvException e = assertThrows(CsvException.class, () -> new ImportVariablesOperation(session, csv, "tags.csv").execute());
		assertEquals(2, e.problems().size(), e.problems().toString());
		assertTrue(project.getVariables().stream().noneMatch(v -> v.getName().equals("C")), "the good row was not imported either");
	}

	@Test
	void exportedVariablesImportBackUnchanged() throws Exception {
		String csv = VariableCsv.write(project.getVariables());
		assertTrue(csv.startsWith("name,dataType,driver,address,unit,rangeMin,rangeMax,initialValue,writable,rateMs,description\n"), csv);
		Project before = EcoreUtil.copy(project);
		ImportVariablesOperation.Result result = new ImportVariablesOperation(session, csv, "export.csv").execute();
		assertEquals(new ImportVariablesOperation.Result(0, 0), result);
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, project));
	}

	@Test
	void semicolonSeparatedSpreadsheetExportsAreRead() throws Exception {
		String csv = "name;dataType;driver;address;rangeMin;rangeMax\r\nTank4.Level;FLOAT;Simulator;\"a;b\";0;3\r\n";
		new ImportVariablesOperation(session, csv, "excel.csv").execute();
		assertEquals("a;b", variable(project, "Tank4.Level").getAddress());
	}

	@Test
	void quotedFieldsKeepQuotesAndLineBreaks() throws Exception {
		List<CsvTable.Row> rows = CsvTable.parse("a,\"say \"\"hi\"\"\nthere\",c\nd,e,f", "x.csv");
		assertEquals("say \"hi\"\nthere", rows.get(0).fields().get(1).text());
		assertEquals(3, rows.get(1).line());
		assertEquals(5, rows.get(1).fields().get(2).column());
	}
}
