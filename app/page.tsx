export default function HomePage() {
  return (
    <main>
      <h1>Pillars</h1>
      <p>Learn backend engineering by doing it.</p>
    </main>
  );
}
