import { type RunMode, type TaskDeclaration, TaskGroup } from "@acme/integration-kit";
import type OpenAI from "openai";
import type { SpeechCreateParams } from "openai/resources/audio/speech";
import type { TranscriptionCreateParamsNonStreaming } from "openai/resources/audio/transcriptions";
import type { TranslationCreateParams } from "openai/resources/audio/translations";

/** Speech as a task's output (JSON): the audio bytes in base64, with their type and size. */
export interface SpeechAudio {
  readonly contentType: string;
  readonly bytes: number;
  readonly base64: string;
}

/** Text to speech. */
export class Speech<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Generates audio from text; the output holds it in base64. */
  readonly create = this.task({
    name: "Create Speech",
    call: async (client, p: SpeechCreateParams): Promise<SpeechAudio> => {
      const response = await client.audio.speech.create(p);
      const audio = Buffer.from(await response.arrayBuffer());
      return {
        contentType: response.headers.get("content-type") ?? "application/octet-stream",
        bytes: audio.length,
        base64: audio.toString("base64"),
      };
    },
    properties: (p) => [
      ["Model", p.model],
      ["Voice", typeof p.voice === "string" ? p.voice : undefined],
    ],
    sideEffect: "idempotent",
  });
}

/**
 * A speech-to-text task (transcription or translation): one SDK call with the model shown. It
 * creates nothing that lingers, so a retry transcribes again.
 */
const speechToText = <P extends { model: string }, R>(
  name: string,
  call: (client: OpenAI, p: P) => Promise<R>,
): TaskDeclaration<OpenAI, P, R> => ({ name, call, properties: (p) => [["Model", p.model]], sideEffect: "idempotent" });

/** Speech to text. */
export class Transcriptions<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Transcribes audio into the language spoken. */
  readonly create = this.task(
    speechToText("Create Transcription", (client, p: TranscriptionCreateParamsNonStreaming) =>
      client.audio.transcriptions.create(p),
    ),
  );
}

/** Speech to English text. */
export class Translations<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Translates audio into English text. */
  readonly create = this.task(
    speechToText("Create Translation", (client, p: TranslationCreateParams) => client.audio.translations.create(p)),
  );
}

/** `io.openai.audio`: speech, transcriptions and translations, as the SDK nests them. */
export class Audio<M extends RunMode = "job"> extends TaskGroup<OpenAI, M> {
  /** Text to speech. */
  readonly speech = new Speech<M>(this.runner);
  /** Speech to text. */
  readonly transcriptions = new Transcriptions<M>(this.runner);
  /** Speech to English text. */
  readonly translations = new Translations<M>(this.runner);
}
