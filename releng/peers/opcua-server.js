#!/usr/bin/env node
// An OPC UA server for Tandem's driver tests, benchmark and demo, on node-opcua (npm, pinned in package.json):
// an implementation independent of Eclipse Milo, which the driver uses.
//
//   node opcua-server.js --port N --pki DIR [--items N] [--change-ms MS] [--users-only]
//
// Listens on 127.0.0.1 only. Security: None and Basic256Sha256 (Sign, SignAndEncrypt); it accepts any client
// certificate (the tests check the client's trust of the server, not the reverse). User "operator" / "secret"
// logs in with a password; anonymous too unless --users-only. Namespace 1 holds, with string node ids:
//   Demo.Bool (Boolean), Demo.Int (Int32), Demo.UInt (UInt16), Demo.Double (Double), Demo.Float (Float),
//   Demo.Text (String)      writable, value and source time set by commands
//   Demo.Counter (Int32)    +1 every --change-ms (default 100), source time = the change, on multiples of it
//   Demo.Wave (Double)      a slow sine (250 +- 100), changing with the counter
//   Bulk.0 .. Bulk.N-1      (Double) with --items N, all changing every --change-ms
// Commands on stdin, answered on stdout:
//   set NAME VALUE [SOURCE_MS]   -> ok        get NAME -> value V
// Prints "LISTENING <port>" when it serves.
"use strict";
const path = require("path");
const readline = require("readline");
const opcua = require("node-opcua");

function option(name, fallback) {
  const i = process.argv.indexOf("--" + name);
  return i < 0 ? fallback : process.argv[i + 1];
}

const types = {
  "Demo.Bool": [opcua.DataType.Boolean, false], "Demo.Int": [opcua.DataType.Int32, 0],
  "Demo.UInt": [opcua.DataType.UInt16, 0], "Demo.Double": [opcua.DataType.Double, 0],
  "Demo.Float": [opcua.DataType.Float, 0], "Demo.Text": [opcua.DataType.String, ""],
};

function bulkDataValue(value, time) {
  return new opcua.DataValue({ value: { dataType: opcua.DataType.Double, value }, statusCode: opcua.StatusCodes.Good,
    sourceTimestamp: time, serverTimestamp: time });
}

// Calls fn at the start of every slot of ms milliseconds (multiples of ms since the epoch), with the slot's start
// as the source time, so every client sees changes keyed on slot boundaries. A timer that fires late (a loaded
// machine) still serves its own slot, with that slot's time, and the next one follows at once: no slot is skipped.
function everySlot(ms, fn) {
  let slot = Math.floor(Date.now() / ms) * ms + ms;
  const next = () => {
    setTimeout(() => { fn(new Date(slot)); slot += ms; next(); }, Math.max(0, slot - Date.now()));
  };
  next();
}

function parse(dataType, text) {
  if (dataType === opcua.DataType.Boolean) return text === "true";
  if (dataType === opcua.DataType.String) return text;
  return Number(text);
}

async function main() {
  const port = Number(option("port"));
  const pki = option("pki", path.join(process.cwd(), "opcua-pki"));
  const items = Number(option("items", "0"));
  const changeMs = Number(option("change-ms", "100"));
  const serverCertificateManager = new opcua.OPCUACertificateManager({
    rootFolder: path.join(pki, "server"), automaticallyAcceptUnknownCertificate: true });
  await serverCertificateManager.initialize();
  const server = new opcua.OPCUAServer({
    port, hostname: "127.0.0.1", alternateHostname: ["127.0.0.1"], serverCertificateManager,
    securityPolicies: [opcua.SecurityPolicy.None, opcua.SecurityPolicy.Basic256Sha256],
    securityModes: [opcua.MessageSecurityMode.None, opcua.MessageSecurityMode.Sign,
      opcua.MessageSecurityMode.SignAndEncrypt],
    allowAnonymous: process.argv.indexOf("--users-only") < 0,
    userManager: { isValidUser: (user, password) => user === "operator" && password === "secret" },
    maxAllowedSessionNumber: 50,
    serverCapabilities: { maxMonitoredItemsPerCall: 100000, operationLimits: { maxMonitoredItemsPerCall: 100000 } },
  });
  await server.initialize();
  const ns = server.engine.addressSpace.getOwnNamespace();
  const folder = ns.addFolder(server.engine.addressSpace.rootFolder.objects, { browseName: "Demo" });
  const variables = {};
  for (const [name, [dataType, initial]] of Object.entries(types)) {
    const v = ns.addVariable({ componentOf: folder, browseName: name.split(".")[1], nodeId: "s=" + name,
      dataType, accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite",
      minimumSamplingInterval: 10 });
    v.setValueFromSource({ dataType, value: initial }, opcua.StatusCodes.Good, new Date());
    variables[name] = v;
  }
  const counter = ns.addVariable({ componentOf: folder, browseName: "Counter", nodeId: "s=Demo.Counter",
    dataType: opcua.DataType.Int32, minimumSamplingInterval: 10, accessLevel: "CurrentRead",
    userAccessLevel: "CurrentRead" });
  let count = 0;
  counter.setValueFromSource({ dataType: opcua.DataType.Int32, value: 0 }, opcua.StatusCodes.Good, new Date());
  // The bulk items all hold one value that changes every --change-ms. They are bound to a getter of that value
  // instead of being set one by one: 10,000 setValueFromSource calls per change would take most of the server's
  // one thread, and the benchmark is about what a client receives, not about how fast node-opcua stores values.
  let bulkValue = bulkDataValue(0, new Date());
  if (items > 0) {
    const bulkFolder = ns.addFolder(server.engine.addressSpace.rootFolder.objects, { browseName: "Bulk" });
    for (let i = 0; i < items; i++) {
      ns.addVariable({ componentOf: bulkFolder, browseName: "B" + i, nodeId: "s=Bulk." + i,
        dataType: opcua.DataType.Double, minimumSamplingInterval: 10,
        value: { timestamped_get: () => bulkValue } });
    }
  }
  const wave = ns.addVariable({ componentOf: folder, browseName: "Wave", nodeId: "s=Demo.Wave",
    dataType: opcua.DataType.Double, minimumSamplingInterval: 10, accessLevel: "CurrentRead",
    userAccessLevel: "CurrentRead" });
  wave.setValueFromSource({ dataType: opcua.DataType.Double, value: 0 }, opcua.StatusCodes.Good, new Date());
  everySlot(changeMs, (slot) => {
    count++;
    counter.setValueFromSource({ dataType: opcua.DataType.Int32, value: count }, opcua.StatusCodes.Good, slot);
    wave.setValueFromSource({ dataType: opcua.DataType.Double, value: 250 + 100 * Math.sin(slot.getTime() / 9549) },
      opcua.StatusCodes.Good, slot);
    bulkValue = bulkDataValue(count, slot);
  });
  await server.start();
  console.log("LISTENING " + port);
  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const parts = line.trim().split(/\s+/);
    const v = variables[parts[1]];
    if (!v) { console.log("error unknown variable " + parts[1]); return; }
    if (parts[0] === "set") {
      const dataType = types[parts[1]][0];
      const source = parts[3] ? new Date(Number(parts[3])) : new Date();
      v.setValueFromSource({ dataType, value: parse(dataType, parts[2]) }, opcua.StatusCodes.Good, source);
      console.log("ok");
    } else if (parts[0] === "get") {
      console.log("value " + v.readValue().value.value);
    } else {
      console.log("error unknown command " + parts[0]);
    }
  });
}

main().catch((e) => { console.log("error " + e.stack); process.exit(1); });
