// task/file-name: a task file is named after its area and letter (tasks/1-dd.yaml for 1.đ).
import { basename } from "node:path";
import { letterToAscii } from "../../model/vietnamese";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const taskFileName: Rule<"task/file-name", PlanContext> = {
  code: "task/file-name",
  check({ facts }, report) {
    for (const { file, task } of facts.tasks) {
      const expected = `${task.area}-${letterToAscii(task.letter)}.yaml`;
      const name = basename(file.path);
      if (name !== expected && name !== expected.replace(/\.yaml$/, ".yml")) report(file.parsed!, ["id"], { name, expected, id: task.id });
    }
  },
};
