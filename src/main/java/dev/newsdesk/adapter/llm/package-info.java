/**
 * Optional language-model summaries through any OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM,
 * llama.cpp): the client, the prompt, the daily token budget, an in-memory summary cache, and the summariser that
 * falls back to the extractive one whenever the model fails, is over budget, or answers something not to be trusted.
 */
package dev.newsdesk.adapter.llm;
