/**
 * Child process of the durability test: opens the store in the folder given,
 * keeps a question, records a vote on it, says "acknowledged" as the bot
 * would tell the member, then waits to be killed.
 */
import { openStore } from "../../src/store/open-store.ts";

const [dataDir, questionId] = process.argv.slice(2) as [string, string];
const store = await openStore({ dataDir });
await store.addQuestions([
  {
    id: questionId,
    guildId: "300000000000000000001",
    channelId: null,
    askerId: "200000000000000001",
    askedAt: Date.now(),
    question: "Who is Lavrov?",
    outcome: "answered",
    passages: ["3"],
    content: "AbCdEf12",
    unknownWords: [],
  },
]);
const result = await store.vote({
  questionId,
  voterId: "200000000000000002",
  helpful: false,
  votedAt: Date.now(),
});
process.stdout.write(`acknowledged ${result}\n`);
setInterval(() => undefined, 60_000);
